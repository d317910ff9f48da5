package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.PhoneMask;
import org.cunwu.shared.history.Historied;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** 民意接待: residents received on a day, what they raised, how many came, and the outcome. */
@Entity
@Audited
public class Reception extends VersionedEntity implements Historied {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id")
    private Village village;

    private LocalDate receivedOn;

    private String residentName;

    private String residentPhone;

    private String topic;

    private int peopleCount = 1;

    private String handledBy;

    private String outcome;

    // set once when created from a form; not part of the record's history
    @NotAudited
    private String clientToken;

    protected Reception() {
    }

    Reception(Village village) {
        this.village = village;
    }

    void update(LocalDate receivedOn, String residentName, String residentPhone, String topic, int peopleCount, String handledBy,
            String outcome) {
        this.receivedOn = receivedOn;
        this.residentName = residentName;
        this.residentPhone = residentPhone;
        this.topic = topic;
        this.peopleCount = peopleCount;
        this.handledBy = handledBy;
        this.outcome = outcome;
    }

    public String getMaskedPhone() {
        return PhoneMask.mask(residentPhone);
    }

    public Village getVillage() {
        return village;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getResidentName() {
        return residentName;
    }

    public String getResidentPhone() {
        return residentPhone;
    }

    public String getTopic() {
        return topic;
    }

    public int getPeopleCount() {
        return peopleCount;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public String getOutcome() {
        return outcome;
    }

    void setClientToken(String clientToken) {
        this.clientToken = clientToken;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reception.receivedOn", receivedOn == null ? null : receivedOn.toString());
        fields.put("reception.residentName", residentName);
        fields.put("reception.residentPhone", getMaskedPhone());
        fields.put("reception.topic", topic);
        fields.put("reception.peopleCount", String.valueOf(peopleCount));
        fields.put("reception.handledBy", handledBy);
        fields.put("reception.outcome", outcome);
        return fields;
    }
}
