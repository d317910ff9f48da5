package org.cunwu.cadres.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.cunwu.cadres.Gender;
import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.PhoneMask;
import org.hibernate.envers.Audited;

/** A person who holds or held a village post. No ID-card number is stored, on purpose. */
@Entity
@Audited
public class Person extends VersionedEntity implements Historied {

    static final LocalDate NINETIES_FROM = LocalDate.of(1990, 1, 1);
    static final LocalDate NINETIES_TO = LocalDate.of(1999, 12, 31);

    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate birthDate;

    private String phone;

    @Enumerated(EnumType.STRING)
    private Education education;

    private LocalDate partyMemberSince;

    private boolean returnedFromOutside;

    protected Person() {
    }

    public Person(PersonDetails details) {
        update(details);
    }

    void update(PersonDetails details) {
        this.name = details.name();
        this.gender = details.gender();
        this.birthDate = details.birthDate();
        this.phone = details.phone();
        this.education = details.education();
        this.partyMemberSince = details.partyMemberSince();
        this.returnedFromOutside = details.returnedFromOutside();
    }

    /** "90后": born 1990–1999. Derived from the birth date, never stored. */
    public boolean isBornInThe1990s() {
        return birthDate != null && !birthDate.isBefore(NINETIES_FROM) && !birthDate.isAfter(NINETIES_TO);
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPhone() {
        return phone;
    }

    /** 138****1234, for readers who may not edit the person. */
    public String getMaskedPhone() {
        return PhoneMask.mask(phone);
    }

    public Education getEducation() {
        return education;
    }

    public LocalDate getPartyMemberSince() {
        return partyMemberSince;
    }

    public boolean isReturnedFromOutside() {
        return returnedFromOutside;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("person.name", name);
        fields.put("person.gender", gender == null ? null : "msg:" + gender.messageKey());
        fields.put("person.birthDate", birthDate == null ? null : birthDate.toString());
        // history is read by people who may not see the number: it keeps only the masked form
        fields.put("person.phone", getMaskedPhone());
        fields.put("person.education", education == null ? null : "msg:" + education.messageKey());
        fields.put("person.partyMemberSince", partyMemberSince == null ? null : partyMemberSince.toString());
        fields.put("person.returnedFromOutside", "msg:common." + returnedFromOutside);
        return fields;
    }
}
