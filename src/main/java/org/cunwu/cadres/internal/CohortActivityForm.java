package org.cunwu.cadres.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Recording a cohort's activity (training, exchange, posting) from its page. */
class CohortActivityForm {

    @NotNull(message = "{validation.required}")
    private ActivityKind kind;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String title;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @Size(max = 1000, message = "{validation.size.max}")
    private String note;

    static CohortActivityForm blank(LocalDate today) {
        CohortActivityForm form = new CohortActivityForm();
        form.setHeldOn(today);
        return form;
    }

    public ActivityKind getKind() { return kind; }
    public void setKind(ActivityKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
