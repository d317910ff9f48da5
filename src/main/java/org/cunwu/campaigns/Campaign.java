package org.cunwu.campaigns;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;

import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;

/** A focused campaign of a year (e.g. 后进班子集中攻坚) and the villages it covers. */
@Entity
@Audited
public class Campaign implements Historied {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private int year;

    private String description;

    @ManyToMany
    @JoinTable(name = "campaign_village", joinColumns = @JoinColumn(name = "campaign_id"),
            inverseJoinColumns = @JoinColumn(name = "village_id"))
    private Set<Village> villages = new LinkedHashSet<>();

    @Version
    private Long version;

    protected Campaign() {
    }

    public Campaign(String name, int year) {
        this.name = name;
        this.year = year;
    }

    void update(String name, int year, String description, Set<Village> covered) {
        this.name = name;
        this.year = year;
        this.description = description;
        this.villages.clear();
        this.villages.addAll(covered);
    }

    public Long getId() {
        return id;
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

    public Long getVersion() {
        return version;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("campaign.name", name);
        fields.put("campaign.year", String.valueOf(year));
        fields.put("campaign.description", description);
        fields.put("campaign.villages", villages.stream().map(v -> HistoryLabels.of(v, Village::getName)).sorted().collect(Collectors.joining("、")));
        return fields;
    }
}
