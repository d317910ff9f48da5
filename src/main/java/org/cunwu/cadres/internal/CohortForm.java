package org.cunwu.cadres.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The cohort form. */
class CohortForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @Size(max = 1000, message = "{validation.size.max}")
    private String description;

    private Long mentorId;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startedOn;

    private Long version;

    static CohortForm of(Cohort c) {
        CohortForm form = new CohortForm();
        form.name = c.getName();
        form.description = c.getDescription();
        form.mentorId = c.getMentor() == null ? null : c.getMentor().getId();
        form.startedOn = c.getStartedOn();
        form.version = c.getVersion();
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getMentorId() { return mentorId; }
    public void setMentorId(Long mentorId) { this.mentorId = mentorId; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
