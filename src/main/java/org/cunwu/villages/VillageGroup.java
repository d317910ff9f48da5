package org.cunwu.villages;

import jakarta.persistence.MappedSuperclass;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.hibernate.envers.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * A named group of villages with a plan: a cluster (片区) or a demonstration zone (示范片区). Holds the columns both
 * tables share; each kind adds how its villages belong to it and the fields of its own.
 */
@NamedInterface(name = "api", propagate = false)
@MappedSuperclass
@Audited
public abstract class VillageGroup extends VersionedEntity implements Historied {

    private String name;

    private String planTitle;

    protected VillageGroup() {
    }

    protected VillageGroup(String name) {
        this.name = name;
    }

    void rename(String name, String planTitle) {
        this.name = name;
        this.planTitle = planTitle;
    }

    public String getName() {
        return name;
    }

    public String getPlanTitle() {
        return planTitle;
    }
}
