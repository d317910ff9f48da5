package org.cunwu.cadres.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cunwu.cadres.Gender;
import org.cunwu.shared.PhoneMask;
import org.cunwu.shared.validation.BirthDate;
import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A person, and on creation their first post (a JavaBean, so every field error shows at once). */
class PersonForm {

    static final String PHONE_PATTERN = PhoneMask.PATTERN;

    @NotBlank(message = "{validation.required}")
    @Size(max = 50, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private Gender gender;

    @BirthDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @Pattern(regexp = PHONE_PATTERN, message = "{person.phone.pattern}")
    @Size(max = 20, message = "{validation.size.max}")
    private String phone;

    private Education education;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate partyMemberSince;

    private boolean returnedFromOutside;

    // the first post, asked for only when creating
    private Long villageId;

    private Long postTypeId;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromDate;

    private Long version;

    static PersonForm of(Person p) {
        PersonForm form = new PersonForm();
        form.name = p.getName();
        form.gender = p.getGender();
        form.birthDate = p.getBirthDate();
        form.phone = p.getPhone();
        form.education = p.getEducation();
        form.partyMemberSince = p.getPartyMemberSince();
        form.returnedFromOutside = p.isReturnedFromOutside();
        form.version = p.getVersion();
        return form;
    }

    PersonDetails details() {
        return new PersonDetails(name, gender, birthDate, phone, education, partyMemberSince, returnedFromOutside);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Education getEducation() { return education; }
    public void setEducation(Education education) { this.education = education; }
    public LocalDate getPartyMemberSince() { return partyMemberSince; }
    public void setPartyMemberSince(LocalDate partyMemberSince) { this.partyMemberSince = partyMemberSince; }
    public boolean isReturnedFromOutside() { return returnedFromOutside; }
    public void setReturnedFromOutside(boolean returnedFromOutside) { this.returnedFromOutside = returnedFromOutside; }
    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public Long getPostTypeId() { return postTypeId; }
    public void setPostTypeId(Long postTypeId) { this.postTypeId = postTypeId; }
    public LocalDate getFromDate() { return fromDate; }
    public void setFromDate(LocalDate fromDate) { this.fromDate = fromDate; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
