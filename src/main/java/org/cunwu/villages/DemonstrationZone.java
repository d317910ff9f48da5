package org.cunwu.villages;

import java.time.LocalDate;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.hibernate.envers.Audited;

/** 示范片区: a rural revitalisation demonstration zone with its approved plan. */
@Entity
@Audited
@Table(name = "demonstration_zone")
public class DemonstrationZone implements Historied {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String planTitle;

    private LocalDate planApprovedOn;

    @ManyToMany
    @JoinTable(name = "demonstration_zone_village", joinColumns = @JoinColumn(name = "zone_id"),
            inverseJoinColumns = @JoinColumn(name = "village_id"))
    private Set<Village> villages = new LinkedHashSet<>();

    @Version
    private Long version;

    protected DemonstrationZone() {
    }

    public DemonstrationZone(String name) {
        this.name = name;
    }

    void update(String name, String planTitle, LocalDate planApprovedOn, Set<Village> villages) {
        this.name = name;
        this.planTitle = planTitle;
        this.planApprovedOn = planApprovedOn;
        this.villages.clear();
        this.villages.addAll(villages);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public LocalDate getPlanApprovedOn() {
        return planApprovedOn;
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
        fields.put("zone.name", name);
        fields.put("zone.planTitle", planTitle);
        fields.put("zone.planApprovedOn", planApprovedOn == null ? null : planApprovedOn.toString());
        fields.put("zone.villages", villages.stream().map(v -> HistoryLabels.of(v, Village::getName)).sorted().collect(Collectors.joining("、")));
        return fields;
    }
}
