package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.PhoneMask;
import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A reception, as typed on a phone: one screen. */
class ReceptionForm {

    private Long villageId;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn = LocalDate.now();

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.size.max}")
    private String residentName;

    @Pattern(regexp = PhoneMask.PATTERN, message = "{representative.phone.pattern}")
    @Size(max = 20, message = "{validation.size.max}")
    private String residentPhone;

    @NotBlank(message = "{validation.required}")
    @Size(max = 500, message = "{validation.size.max}")
    private String topic;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 500, message = "{reception.peopleCount.max}")
    private Integer peopleCount = 1;

    @Size(max = 50, message = "{validation.size.max}")
    private String handledBy;

    @Size(max = 1000, message = "{validation.size.max}")
    private String outcome;

    private Long version;

    /** One per form shown: a second send of the same form finds the record the first one created. */
    // not validated: shared.OneTimeToken replaces a missing, overlong or malformed token with a fresh one
    private String token = UUID.randomUUID().toString();

    static ReceptionForm of(Reception r) {
        ReceptionForm form = new ReceptionForm();
        form.villageId = r.getVillage().getId();
        form.receivedOn = r.getReceivedOn();
        form.residentName = r.getResidentName();
        form.residentPhone = r.getResidentPhone();
        form.topic = r.getTopic();
        form.peopleCount = r.getPeopleCount();
        form.handledBy = r.getHandledBy();
        form.outcome = r.getOutcome();
        form.version = r.getVersion();
        return form;
    }

    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public String getResidentName() { return residentName; }
    public void setResidentName(String residentName) { this.residentName = residentName; }
    public String getResidentPhone() { return residentPhone; }
    public void setResidentPhone(String residentPhone) { this.residentPhone = residentPhone; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public Integer getPeopleCount() { return peopleCount; }
    public void setPeopleCount(Integer peopleCount) { this.peopleCount = peopleCount; }
    public String getHandledBy() { return handledBy; }
    public void setHandledBy(String handledBy) { this.handledBy = handledBy; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
