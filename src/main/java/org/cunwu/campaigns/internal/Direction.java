package org.cunwu.campaigns.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;

/** 攻坚方向: a line of work within a campaign, grouping its tasks. */
@Entity
@Table(name = "campaign_direction")
public class Direction extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    private String name;

    private int sortOrder;

    protected Direction() {
    }

    public Direction(Campaign campaign, String name, int sortOrder) {
        this.campaign = campaign;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
