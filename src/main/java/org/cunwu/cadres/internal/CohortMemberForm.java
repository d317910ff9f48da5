package org.cunwu.cadres.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Adding a person to a cohort from its page. */
class CohortMemberForm {

    @NotNull(message = "{validation.required}")
    private Long personId;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;

    static CohortMemberForm blank(LocalDate today) {
        CohortMemberForm form = new CohortMemberForm();
        form.setJoinedOn(today);
        return form;
    }

    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
}
