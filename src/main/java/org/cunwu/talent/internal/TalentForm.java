package org.cunwu.talent.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cunwu.cadres.Gender;
import org.cunwu.shared.PhoneMask;
import org.cunwu.shared.validation.EndNotBefore;
import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A returned talent or an adviser, as typed; a JavaBean so that every field error shows at once (see VillageForm). */
@EndNotBefore(start = "sinceDate", end = "termEnd", message = "{talent.termEnd.beforeStart}")
class TalentForm {

    @NotNull(message = "{validation.required}")
    private TalentKind kind = TalentKind.RETURNED;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.size.max}")
    private String name;

    private Gender gender;

    @Min(value = 1920, message = "{talent.birthYear.invalid}")
    @Max(value = 2015, message = "{talent.birthYear.invalid}")
    private Integer birthYear;

    @Pattern(regexp = PhoneMask.PATTERN, message = "{talent.phone.pattern}")
    @Size(max = 20, message = "{validation.size.max}")
    private String phone;

    private Long villageId;

    @Size(max = 200, message = "{validation.size.max}")
    private String organisation;

    @Size(max = 200, message = "{validation.size.max}")
    private String field;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sinceDate;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termEnd;

    @Size(max = 1000, message = "{validation.size.max}")
    private String note;

    private Long version;

    static TalentForm of(Talent t) {
        TalentForm form = new TalentForm();
        form.kind = t.getKind();
        form.name = t.getName();
        form.gender = t.getGender();
        form.birthYear = t.getBirthYear();
        form.phone = t.getPhone();
        form.villageId = t.getVillage() == null ? null : t.getVillage().getId();
        form.organisation = t.getOrganisation();
        form.field = t.getField();
        form.sinceDate = t.getSinceDate();
        form.termEnd = t.getTermEnd();
        form.note = t.getNote();
        form.version = t.getVersion();
        return form;
    }

    public TalentKind getKind() { return kind; }
    public void setKind(TalentKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public LocalDate getSinceDate() { return sinceDate; }
    public void setSinceDate(LocalDate sinceDate) { this.sinceDate = sinceDate; }
    public LocalDate getTermEnd() { return termEnd; }
    public void setTermEnd(LocalDate termEnd) { this.termEnd = termEnd; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
