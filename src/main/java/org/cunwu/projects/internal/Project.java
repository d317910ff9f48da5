package org.cunwu.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.cunwu.projects.ProjectStatus;
import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.villages.DemonstrationZone;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An industry project led by one village with partner villages. Amounts are exact decimals: investment
 * in 万元, land in 亩, income increase per participating village per year in 元.
 */
@Entity
@Audited
public class Project extends VersionedEntity implements Historied {

    private String name;

    // the dictionary's seed rows come from the migration and have no revision: history shows the current name
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private ProjectCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_village_id")
    private Village leadVillage;

    @Enumerated(EnumType.STRING)
    private CooperationModel cooperationModel;

    @Column(name = "investment_wan")
    private BigDecimal investmentWan;

    @Column(name = "land_mu")
    private BigDecimal landMu;

    private BigDecimal incomePerVillage;

    private boolean operating;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status = ProjectStatus.PLANNED;

    private LocalDate startedOn;

    private LocalDate finishedOn;

    private boolean keySupervised;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "zone_id")
    private DemonstrationZone zone;

    private String description;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ProjectPartner> partners = new ArrayList<>();

    protected Project() {
    }

    public Project(String name, ProjectCategory category, Village leadVillage, CooperationModel model) {
        this.name = name;
        this.category = category;
        this.leadVillage = leadVillage;
        this.cooperationModel = model;
    }

    public void update(ProjectDetails details, ProjectCategory category, Village leadVillage, DemonstrationZone zone) {
        this.name = details.name();
        this.category = category;
        this.leadVillage = leadVillage;
        this.cooperationModel = details.cooperationModel();
        this.investmentWan = details.investmentWan();
        this.landMu = details.landMu();
        this.incomePerVillage = details.incomePerVillage();
        this.operating = details.operating();
        this.startedOn = details.startedOn();
        this.finishedOn = details.finishedOn();
        this.keySupervised = details.keySupervised();
        this.zone = zone;
        this.description = details.description();
    }

    /** Moves to the next status if the move is allowed; returns whether it was the normal next step. */
    public boolean changeStatus(ProjectStatus next) {
        if (!status.allowedNext().contains(next)) {
            throw new IllegalStateException("project " + getId() + " cannot go from " + status + " to " + next);
        }
        boolean normal = status.isNormalNext(next);
        this.status = next;
        return normal;
    }

    public void addPartner(Village village, PartnerRole role, BigDecimal landMu, String note) {
        partners.add(new ProjectPartner(this, village, role, landMu, note));
    }

    public void removePartner(Long partnerId) {
        partners.removeIf(p -> p.getId() != null && p.getId().equals(partnerId));
    }

    /** Lead and partners: the villages that take part. */
    public int participatingVillages() {
        return 1 + partners.size();
    }

    /** The land the partners put in, summed exactly. */
    public BigDecimal partnerLandMu() {
        return partners.stream().map(ProjectPartner::getLandMu).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Income increase of all participating villages together per year: per-village figure × villages. */
    public BigDecimal totalIncomePerYear() {
        return incomePerVillage == null ? null : incomePerVillage.multiply(BigDecimal.valueOf(participatingVillages()));
    }

    public String getName() {
        return name;
    }

    public ProjectCategory getCategory() {
        return category;
    }

    public Village getLeadVillage() {
        return leadVillage;
    }

    public CooperationModel getCooperationModel() {
        return cooperationModel;
    }

    public BigDecimal getInvestmentWan() {
        return investmentWan;
    }

    public BigDecimal getLandMu() {
        return landMu;
    }

    public BigDecimal getIncomePerVillage() {
        return incomePerVillage;
    }

    public boolean isOperating() {
        return operating;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getFinishedOn() {
        return finishedOn;
    }

    public boolean isKeySupervised() {
        return keySupervised;
    }

    public DemonstrationZone getZone() {
        return zone;
    }

    public String getDescription() {
        return description;
    }

    public List<ProjectPartner> getPartners() {
        return partners;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("project.name", name);
        fields.put("project.category", HistoryLabels.of(category, ProjectCategory::getNameZh));
        fields.put("project.leadVillage", HistoryLabels.of(leadVillage, Village::getName));
        fields.put("project.cooperationModel", cooperationModel == null ? null : "msg:" + cooperationModel.messageKey());
        fields.put("project.investment", investmentWan == null ? null : investmentWan.toPlainString());
        fields.put("project.land", landMu == null ? null : landMu.toPlainString());
        fields.put("project.incomePerVillage", incomePerVillage == null ? null : incomePerVillage.toPlainString());
        fields.put("project.operating", "msg:common." + operating);
        fields.put("project.status", status == null ? null : "msg:" + status.messageKey());
        fields.put("project.startedOn", startedOn == null ? null : startedOn.toString());
        fields.put("project.finishedOn", finishedOn == null ? null : finishedOn.toString());
        fields.put("project.keySupervised", "msg:common." + keySupervised);
        fields.put("project.zone", HistoryLabels.of(zone, DemonstrationZone::getName));
        fields.put("project.description", description);
        fields.put("project.partners", String.join("、", partners.stream().map(p -> HistoryLabels.of(p.getVillage(), Village::getName)).toList()));
        return fields;
    }
}
