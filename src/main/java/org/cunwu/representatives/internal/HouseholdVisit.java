package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** 联户走访: a representative visited one of their linked households on a day. */
@Entity
@Audited
@Table(name = "household_visit")
public class HouseholdVisit extends VersionedEntity implements Historied {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id")
    private Village village;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "representative_id")
    private Representative representative;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    private LinkedHousehold household;

    private LocalDate visitedOn;

    private String notes;

    private String clientToken;

    protected HouseholdVisit() {
    }

    HouseholdVisit(Representative representative, LinkedHousehold household, LocalDate visitedOn, String notes, String clientToken) {
        this.village = representative.getVillage();
        this.representative = representative;
        this.household = household;
        this.visitedOn = visitedOn;
        this.notes = notes;
        this.clientToken = clientToken;
    }

    public Village getVillage() {
        return village;
    }

    public Representative getRepresentative() {
        return representative;
    }

    public LinkedHousehold getHousehold() {
        return household;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getNotes() {
        return notes;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("visit.representative", HistoryLabels.of(representative, Representative::getName));
        fields.put("visit.household", HistoryLabels.of(household, LinkedHousehold::getHousehold));
        fields.put("visit.visitedOn", visitedOn == null ? null : visitedOn.toString());
        fields.put("visit.notes", notes);
        return fields;
    }
}
