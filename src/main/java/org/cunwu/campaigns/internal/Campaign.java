package org.cunwu.campaigns.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;

/** A focused campaign of a year (e.g. 后进班子集中攻坚) and the villages it covers. */
@Entity
@Audited
public class Campaign extends VersionedEntity implements Historied {

    private String name;

    private int year;

    private String description;

    @ManyToMany
    @JoinTable(name = "campaign_village", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "village_id"))
    private Set<Village> villages = new LinkedHashSet<>();

    /** The results this campaign counts; a 人居环境 campaign does not count cadre adjustments. */
    @ElementCollection
    @CollectionTable(name = "campaign_measure", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "measure")
    @Enumerated(EnumType.STRING)
    private Set<ResultMeasure> measures = EnumSet.noneOf(ResultMeasure.class);

    protected Campaign() {
    }

    public Campaign(String name, int year) {
        this.name = name;
        this.year = year;
    }

    public void update(String name, int year, String description, Set<Village> covered, Set<ResultMeasure> counted) {
        this.name = name;
        this.year = year;
        this.description = description;
        this.villages.clear();
        this.villages.addAll(covered);
        this.measures.clear();
        this.measures.addAll(counted);
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public String getDescription() {
        return description;
    }

    public Set<Village> getVillages() {
        return villages;
    }

    /** The chosen measures in the order of {@link ResultMeasure} (the database keeps no order). */
    public List<ResultMeasure> getMeasures() {
        return measures.stream().sorted().toList();
    }

    /** The first day of the period a campaign's results are counted in: its year. */
    public LocalDate periodFrom() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate periodTo() {
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("campaign.name", name);
        fields.put("campaign.year", String.valueOf(year));
        fields.put("campaign.description", description);
        // one line per measure, so each reads in the reader's language ("counted" or blank)
        for (ResultMeasure measure : ResultMeasure.values()) {
            fields.put(measure.messageKey(), measures.contains(measure) ? "msg:campaign.measure.counted" : null);
        }
        fields.put("campaign.villages", villages.stream().map(v -> HistoryLabels.of(v, Village::getName)).sorted().collect(Collectors.joining("、")));
        return fields;
    }
}
