package org.cunwu.representatives.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.PhoneMask;
import org.cunwu.shared.validation.EndNotBefore;
import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A representative, as typed; the village comes from the account for secretaries. */
@EndNotBefore(start = "termFrom", end = "termTo", message = "{representative.termTo.beforeStart}")
public class RepresentativeForm {

    private Long villageId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.size.max}")
    private String name;

    @Size(max = 10, message = "{validation.size.max}")
    private String gender;

    @Pattern(regexp = PhoneMask.PATTERN, message = "{representative.phone.pattern}")
    @Size(max = 20, message = "{validation.size.max}")
    private String phone;

    @Size(max = 40, message = "{validation.size.max}")
    private String certificateNo;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate certifiedOn;

    private boolean plaqueHung;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termFrom;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termTo;

    private Long version;

    static RepresentativeForm of(Representative r) {
        RepresentativeForm form = new RepresentativeForm();
        form.villageId = r.getVillage().getId();
        form.name = r.getName();
        form.gender = r.getGender();
        form.phone = r.getPhone();
        form.certificateNo = r.getCertificateNo();
        form.certifiedOn = r.getCertifiedOn();
        form.plaqueHung = r.isPlaqueHung();
        form.termFrom = r.getTermFrom();
        form.termTo = r.getTermTo();
        form.version = r.getVersion();
        return form;
    }

    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getCertificateNo() { return certificateNo; }
    public void setCertificateNo(String certificateNo) { this.certificateNo = certificateNo; }
    public LocalDate getCertifiedOn() { return certifiedOn; }
    public void setCertifiedOn(LocalDate certifiedOn) { this.certifiedOn = certifiedOn; }
    public boolean isPlaqueHung() { return plaqueHung; }
    public void setPlaqueHung(boolean plaqueHung) { this.plaqueHung = plaqueHung; }
    public LocalDate getTermFrom() { return termFrom; }
    public void setTermFrom(LocalDate termFrom) { this.termFrom = termFrom; }
    public LocalDate getTermTo() { return termTo; }
    public void setTermTo(LocalDate termTo) { this.termTo = termTo; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
