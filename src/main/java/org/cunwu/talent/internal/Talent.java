package org.cunwu.talent.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.cadres.Gender;
import org.cunwu.shared.PhoneMask;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;

/**
 * A person of the talent pool: a returned talent (回引人才) since the day they came back to a village, or an
 * adviser (乡村振兴顾问) since their appointment. An adviser serves the whole district (no village) and has a term;
 * a returned talent belongs to the village they came back to and has none.
 */
@Entity
@Audited
@Table(name = "talent_person")
public class Talent extends VersionedEntity implements Historied {

    @Enumerated(EnumType.STRING)
    private TalentKind kind;

    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private Integer birthYear;

    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    private Village village;

    private String organisation;

    private String field;

    private LocalDate sinceDate;

    private LocalDate termEnd;

    private String note;

    protected Talent() {
    }

    public Talent(TalentKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    void update(TalentForm form, Village village) {
        this.kind = form.getKind();
        this.name = form.getName();
        this.gender = form.getGender();
        this.birthYear = form.getBirthYear();
        this.phone = form.getPhone();
        this.village = kind == TalentKind.ADVISER ? null : village;
        this.organisation = form.getOrganisation();
        this.field = form.getField();
        this.sinceDate = form.getSinceDate();
        this.termEnd = kind == TalentKind.ADVISER ? form.getTermEnd() : null;
        this.note = form.getNote();
    }

    public boolean isAdviser() {
        return kind == TalentKind.ADVISER;
    }

    public String getMaskedPhone() {
        return PhoneMask.mask(phone);
    }

    public TalentKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public String getPhone() {
        return phone;
    }

    public Village getVillage() {
        return village;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getField() {
        return field;
    }

    public LocalDate getSinceDate() {
        return sinceDate;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public String getNote() {
        return note;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("talent.kind", kind == null ? null : "msg:" + kind.messageKey());
        fields.put("talent.name", name);
        fields.put("talent.gender", gender == null ? null : "msg:" + gender.messageKey());
        fields.put("talent.birthYear", birthYear == null ? null : birthYear.toString());
        fields.put("talent.phone", getMaskedPhone());
        fields.put("talent.village", HistoryLabels.of(village, Village::getName));
        fields.put("talent.organisation", organisation);
        fields.put("talent.field", field);
        fields.put("talent.sinceDate", sinceDate == null ? null : sinceDate.toString());
        fields.put("talent.termEnd", termEnd == null ? null : termEnd.toString());
        fields.put("talent.note", note);
        return fields;
    }
}
