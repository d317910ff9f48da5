package org.cunwu.cadres.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Appointing a person to a post from their page. When the post is the village's Party secretary and one sits, the
 * previous secretary's ending reason (and note) must be given: the service refuses without it and names who would
 * be replaced.
 */
class AppointForm {

    @NotNull(message = "{validation.required}")
    private Long villageId;

    @NotNull(message = "{validation.required}")
    private Long postTypeId;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromDate;

    private EndReason previousEndReason;

    @Size(max = 500, message = "{validation.size.max}")
    private String previousEndNote;

    static AppointForm blank(LocalDate today) {
        AppointForm form = new AppointForm();
        form.setFromDate(today);
        return form;
    }

    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public Long getPostTypeId() { return postTypeId; }
    public void setPostTypeId(Long postTypeId) { this.postTypeId = postTypeId; }
    public LocalDate getFromDate() { return fromDate; }
    public void setFromDate(LocalDate fromDate) { this.fromDate = fromDate; }
    public EndReason getPreviousEndReason() { return previousEndReason; }
    public void setPreviousEndReason(EndReason previousEndReason) { this.previousEndReason = previousEndReason; }
    public String getPreviousEndNote() { return previousEndNote; }
    public void setPreviousEndNote(String previousEndNote) { this.previousEndNote = previousEndNote; }
}
