package org.cunwu.villages.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cunwu.villages.Cluster;

/**
 * The cluster form as typed; its member villages are chosen on each village's form. A JavaBean like
 * {@link VillageForm}: with setter binding an unreadable value does not hide the other errors.
 */
class ClusterForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @Size(max = 200, message = "{validation.size.max}")
    private String planTitle;

    @Size(max = 200, message = "{validation.size.max}")
    private String partyCommittee;

    @Size(max = 50, message = "{validation.size.max}")
    private String partySecretaryName;

    private Set<Long> townIds = new LinkedHashSet<>();

    private Long version;

    static ClusterForm empty() {
        return new ClusterForm();
    }

    static ClusterForm of(Cluster cluster) {
        ClusterForm form = new ClusterForm();
        form.name = cluster.getName();
        form.planTitle = cluster.getPlanTitle();
        form.partyCommittee = cluster.getPartyCommittee();
        form.partySecretaryName = cluster.getPartySecretaryName();
        cluster.getTowns().forEach(t -> form.townIds.add(t.getId()));
        form.version = cluster.getVersion();
        return form;
    }

    ClusterDetails details() {
        return new ClusterDetails(name, planTitle, partyCommittee, partySecretaryName, Set.copyOf(townIds));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPlanTitle() { return planTitle; }
    public void setPlanTitle(String planTitle) { this.planTitle = planTitle; }
    public String getPartyCommittee() { return partyCommittee; }
    public void setPartyCommittee(String partyCommittee) { this.partyCommittee = partyCommittee; }
    public String getPartySecretaryName() { return partySecretaryName; }
    public void setPartySecretaryName(String partySecretaryName) { this.partySecretaryName = partySecretaryName; }
    public Set<Long> getTownIds() { return townIds; }
    public void setTownIds(Set<Long> townIds) { this.townIds = townIds == null ? new LinkedHashSet<>() : townIds; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
