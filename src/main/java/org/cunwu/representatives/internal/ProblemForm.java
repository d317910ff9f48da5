package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A problem, as typed; from a reception it comes pre-filled. */
public class ProblemForm {

    private Long villageId;

    private Long receptionId;

    private Long visitId;

    @NotNull(message = "{validation.required}")
    private ProblemSource source = ProblemSource.OTHER;

    @NotNull(message = "{validation.required}")
    private Long categoryId;

    private boolean petition;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size.max}")
    private String title;

    @Size(max = 2000, message = "{validation.size.max}")
    private String description;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedOn = LocalDate.now();

    private Long version;

    /** One per form shown: a second send of the same form finds the record the first one created. */
    // not validated: shared.OneTimeToken replaces a missing, overlong or malformed token with a fresh one
    private String token = UUID.randomUUID().toString();

    static ProblemForm of(Problem p) {
        ProblemForm form = new ProblemForm();
        form.villageId = p.getVillage().getId();
        form.receptionId = p.getReception() == null ? null : p.getReception().getId();
        form.visitId = p.getVisit() == null ? null : p.getVisit().getId();
        form.source = p.getSource();
        form.categoryId = p.getCategory().getId();
        form.petition = p.isPetition();
        form.title = p.getTitle();
        form.description = p.getDescription();
        form.reportedOn = p.getReportedOn();
        form.version = p.getVersion();
        return form;
    }

    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public Long getVisitId() { return visitId; }
    public void setVisitId(Long visitId) { this.visitId = visitId; }
    public Long getReceptionId() { return receptionId; }
    public void setReceptionId(Long receptionId) { this.receptionId = receptionId; }
    public ProblemSource getSource() { return source; }
    public void setSource(ProblemSource source) { this.source = source; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public boolean isPetition() { return petition; }
    public void setPetition(boolean petition) { this.petition = petition; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getReportedOn() { return reportedOn; }
    public void setReportedOn(LocalDate reportedOn) { this.reportedOn = reportedOn; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
