package org.cunwu.villages;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

import org.cunwu.shared.history.HistoryLabels;
import org.hibernate.envers.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * 片区: neighbouring villages, possibly of several towns, led by a cluster Party committee (片区党委).
 * Its member villages are those whose {@code cluster} is this one.
 */
@NamedInterface(name = "api", propagate = false)
@Entity
@Audited
public class Cluster extends VillageGroup {

    private String partyCommittee;

    private String partySecretaryName;

    @ManyToMany
    @JoinTable(name = "cluster_town", joinColumns = @JoinColumn(name = "cluster_id"),
            inverseJoinColumns = @JoinColumn(name = "town_id"))
    private Set<Town> towns = new LinkedHashSet<>();

    protected Cluster() {
    }

    public Cluster(String name) {
        super(name);
    }

    /** Public for this module's internal services and demo data; other modules only read it (ModularityTests). */
    public void update(String name, String planTitle, String partyCommittee, String partySecretaryName, Set<Town> towns) {
        rename(name, planTitle);
        this.partyCommittee = partyCommittee;
        this.partySecretaryName = partySecretaryName;
        this.towns.clear();
        this.towns.addAll(towns);
    }

    public String getPartyCommittee() {
        return partyCommittee;
    }

    public String getPartySecretaryName() {
        return partySecretaryName;
    }

    public Set<Town> getTowns() {
        return towns;
    }

    /** The towns in the order of their statistical codes, as pages list them. */
    public List<Town> getTownsByCode() {
        return towns.stream().sorted(Comparator.comparing(Town::getCode)).toList();
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cluster.name", getName());
        fields.put("cluster.planTitle", getPlanTitle());
        fields.put("cluster.partyCommittee", partyCommittee);
        fields.put("cluster.partySecretary", partySecretaryName);
        fields.put("cluster.towns", towns.stream().map(t -> HistoryLabels.of(t, Town::getName)).sorted().collect(Collectors.joining("、")));
        return fields;
    }
}
