package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A household visit, as typed on a phone; the token makes a double submit record one visit. */
class VisitForm {

    @NotNull(message = "{validation.required}")
    private Long representativeId;

    @NotNull(message = "{validation.required}")
    private Long householdId;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate visitedOn = LocalDate.now();

    @Size(max = 1000, message = "{validation.size.max}")
    private String notes;

    @NotBlank
    // not validated: shared.OneTimeToken replaces a missing, overlong or malformed token with a fresh one
    private String token = UUID.randomUUID().toString();

    public Long getRepresentativeId() { return representativeId; }
    public void setRepresentativeId(Long representativeId) { this.representativeId = representativeId; }
    public Long getHouseholdId() { return householdId; }
    public void setHouseholdId(Long householdId) { this.householdId = householdId; }
    public LocalDate getVisitedOn() { return visitedOn; }
    public void setVisitedOn(LocalDate visitedOn) { this.visitedOn = visitedOn; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
