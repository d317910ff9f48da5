package org.cunwu.talent.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;

/** A "rural revitalisation partner" project (乡村振兴合伙人) open to entrepreneurs for recruitment. */
@Entity
@Audited
@Table(name = "partner_project")
public class PartnerProject extends VersionedEntity implements Historied {

    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id")
    private Village village;

    private String field;

    private String description;

    @Column(name = "investment_wan")
    private BigDecimal investmentWan;

    private LocalDate openFrom;

    private LocalDate openTo;

    @Enumerated(EnumType.STRING)
    private PartnerStatus status = PartnerStatus.OPEN;

    protected PartnerProject() {
    }

    public PartnerProject(String title, Village village, LocalDate openFrom) {
        this.title = title;
        this.village = village;
        this.openFrom = openFrom;
    }

    void update(PartnerForm form, Village village) {
        this.title = form.getTitle();
        this.village = village;
        this.field = form.getField();
        this.description = form.getDescription();
        this.investmentWan = form.getInvestmentWan();
        this.openFrom = form.getOpenFrom();
        this.openTo = form.getOpenTo();
        this.status = form.getStatus() == null ? PartnerStatus.OPEN : form.getStatus();
    }

    public String getTitle() {
        return title;
    }

    public Village getVillage() {
        return village;
    }

    public String getField() {
        return field;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getInvestmentWan() {
        return investmentWan;
    }

    public LocalDate getOpenFrom() {
        return openFrom;
    }

    public LocalDate getOpenTo() {
        return openTo;
    }

    public PartnerStatus getStatus() {
        return status;
    }

    /** Recorded as open but its recruitment deadline has passed: shown as 已截止, and no application is accepted. */
    public boolean isExpired(LocalDate today) {
        return status == PartnerStatus.OPEN && openTo != null && openTo.isBefore(today);
    }

    /** The status as a reader should see it today: open past the deadline reads 已截止. */
    public String statusKey(LocalDate today) {
        return isExpired(today) ? "partner.status.EXPIRED" : status.messageKey();
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("partner.title", title);
        fields.put("partner.village", HistoryLabels.of(village, Village::getName));
        fields.put("partner.field", field);
        fields.put("partner.description", description);
        fields.put("partner.investment", investmentWan == null ? null : investmentWan.toPlainString());
        fields.put("partner.openFrom", openFrom == null ? null : openFrom.toString());
        fields.put("partner.openTo", openTo == null ? null : openTo.toString());
        fields.put("partner.status", status == null ? null : "msg:" + status.messageKey());
        return fields;
    }
}
