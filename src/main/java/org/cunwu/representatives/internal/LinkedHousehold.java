package org.cunwu.representatives.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;

/** A household a representative is linked to (联户). */
@Entity
@Table(name = "representative_household")
public class LinkedHousehold extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "representative_id")
    private Representative representative;

    private String household;

    private String address;

    protected LinkedHousehold() {
    }

    public LinkedHousehold(Representative representative, String household, String address) {
        this.representative = representative;
        this.household = household;
        this.address = address;
    }

    public String getHousehold() {
        return household;
    }

    public String getAddress() {
        return address;
    }
}
