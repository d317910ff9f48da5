package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EndNotBefore;
import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A commitment, as typed; the village comes from the account for secretaries. */
@EndNotBefore(start = "pledgedOn", end = "promisedBy", message = "{commitment.promisedBy.beforePledge}")
public class CommitmentForm {

    private Long villageId;

    private Long representativeId;

    /** May be left empty when a representative is chosen: the service then writes the representative's name. */
    @Size(max = 50, message = "{validation.size.max}")
    private String pledgedBy;

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.size.max}")
    private String content;

    @NotNull(message = "{validation.required}")
    private CommitmentCategory category = CommitmentCategory.PUBLIC_SERVICE;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate pledgedOn = LocalDate.now();

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate promisedBy;

    private boolean publicNotice = true;

    private Long version;

    /** One per form shown: a second send of the same form finds the record the first one created. */
    // not validated: shared.OneTimeToken replaces a missing, overlong or malformed token with a fresh one
    private String token = UUID.randomUUID().toString();

    static CommitmentForm of(Commitment c) {
        CommitmentForm form = new CommitmentForm();
        form.villageId = c.getVillage().getId();
        form.representativeId = c.getRepresentative() == null ? null : c.getRepresentative().getId();
        form.pledgedBy = c.getPledgedBy();
        form.content = c.getContent();
        form.category = c.getCategory();
        form.pledgedOn = c.getPledgedOn();
        form.promisedBy = c.getPromisedBy();
        form.publicNotice = c.isPublicNotice();
        form.version = c.getVersion();
        return form;
    }

    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public Long getRepresentativeId() { return representativeId; }
    public void setRepresentativeId(Long representativeId) { this.representativeId = representativeId; }
    public String getPledgedBy() { return pledgedBy; }
    public void setPledgedBy(String pledgedBy) { this.pledgedBy = pledgedBy; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public CommitmentCategory getCategory() { return category; }
    public void setCategory(CommitmentCategory category) { this.category = category; }
    public LocalDate getPledgedOn() { return pledgedOn; }
    public void setPledgedOn(LocalDate pledgedOn) { this.pledgedOn = pledgedOn; }
    public LocalDate getPromisedBy() { return promisedBy; }
    public void setPromisedBy(LocalDate promisedBy) { this.promisedBy = promisedBy; }
    public boolean isPublicNotice() { return publicNotice; }
    public void setPublicNotice(boolean publicNotice) { this.publicNotice = publicNotice; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
