package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.PhoneMask;
import org.cunwu.shared.history.Historied;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;

/** 村民代表: certified (颁证) and with a plaque hung (挂牌), serving a term, linked to about 10–15 households. */
@Entity
@Audited
public class Representative extends VersionedEntity implements Historied {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id")
    private Village village;

    private String name;

    private String gender;

    private String phone;

    private String certificateNo;

    private LocalDate certifiedOn;

    private boolean plaqueHung;

    private LocalDate termFrom;

    private LocalDate termTo;

    protected Representative() {
    }

    public Representative(Village village, String name) {
        this.village = village;
        this.name = name;
    }

    public void update(RepresentativeForm form) {
        this.name = form.getName();
        this.gender = form.getGender();
        this.phone = form.getPhone();
        this.certificateNo = form.getCertificateNo();
        this.certifiedOn = form.getCertifiedOn();
        this.plaqueHung = form.isPlaqueHung();
        this.termFrom = form.getTermFrom();
        this.termTo = form.getTermTo();
    }

    public String getMaskedPhone() {
        return PhoneMask.mask(phone);
    }

    public Village getVillage() {
        return village;
    }

    public String getName() {
        return name;
    }

    public String getGender() {
        return gender;
    }

    public String getPhone() {
        return phone;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }

    public boolean isPlaqueHung() {
        return plaqueHung;
    }

    public LocalDate getTermFrom() {
        return termFrom;
    }

    public LocalDate getTermTo() {
        return termTo;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("representative.name", name);
        fields.put("representative.phone", getMaskedPhone());
        fields.put("representative.certificateNo", certificateNo);
        fields.put("representative.certifiedOn", certifiedOn == null ? null : certifiedOn.toString());
        fields.put("representative.plaqueHung", "msg:common." + plaqueHung);
        fields.put("representative.termFrom", termFrom == null ? null : termFrom.toString());
        fields.put("representative.termTo", termTo == null ? null : termTo.toString());
        return fields;
    }
}
