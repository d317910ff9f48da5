package org.cunwu.villages;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import org.cunwu.shared.history.HistoryLabels;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.modulith.NamedInterface;

/** 示范片区: a rural revitalisation demonstration zone with its approved plan. */
@NamedInterface(name = "api", propagate = false)
@Entity
@Audited
@Table(name = "demonstration_zone")
public class DemonstrationZone extends VillageGroup {

    private LocalDate planApprovedOn;

    @ManyToMany
    @JoinTable(name = "demonstration_zone_village", joinColumns = @JoinColumn(name = "zone_id"),
            inverseJoinColumns = @JoinColumn(name = "village_id"))
    private Set<Village> villages = new LinkedHashSet<>();

    /** How many villages it holds, read with the zone (one index lookup), so that a list pages, sorts and exports it. */
    @NotAudited
    @Formula("(select count(*) from demonstration_zone_village zv where zv.zone_id = id)")
    private long villageCount;

    protected DemonstrationZone() {
    }

    public DemonstrationZone(String name) {
        super(name);
    }

    /** Public for this module's internal services and demo data; other modules only read it (ModularityTests). */
    public void update(String name, String planTitle, LocalDate planApprovedOn, Set<Village> villages) {
        rename(name, planTitle);
        this.planApprovedOn = planApprovedOn;
        this.villages.clear();
        this.villages.addAll(villages);
    }

    public LocalDate getPlanApprovedOn() {
        return planApprovedOn;
    }

    public Set<Village> getVillages() {
        return villages;
    }

    /** The villages it held when it was read (all of them, also those beyond the reader's scope). */
    public long getVillageCount() {
        return villageCount;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("zone.name", getName());
        fields.put("zone.planTitle", getPlanTitle());
        fields.put("zone.planApprovedOn", planApprovedOn == null ? null : planApprovedOn.toString());
        fields.put("zone.villages", villages.stream().map(v -> HistoryLabels.of(v, Village::getName)).sorted().collect(Collectors.joining("、")));
        return fields;
    }
}
