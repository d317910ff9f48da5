package org.cunwu.villages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.villages.internal.VillageDetails;
import org.hibernate.envers.Audited;
import org.springframework.modulith.NamedInterface;

/**
 * 村/社区: the unit every other record belongs to.
 * Not propagated: {@code VillageDetails}, which this module's pages change it with, is no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Entity
@Audited
public class Village extends VersionedEntity implements Historied {

    private String name;

    @Enumerated(EnumType.STRING)
    private VillageKind kind;

    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "town_id")
    private Town town;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    private Integer population;

    private Integer households;

    @Column(name = "farmland_mu")
    private BigDecimal farmlandMu;

    private BigDecimal collectiveIncome;

    /** 后进班子: the leadership team is under rectification. */
    private boolean rectification;

    private boolean demonstration;

    @Enumerated(EnumType.STRING)
    private ConversionStatus conversionStatus = ConversionStatus.NONE;

    /** 一村一品. */
    @ElementCollection
    @CollectionTable(name = "village_specialty", joinColumns = @JoinColumn(name = "village_id"))
    @Column(name = "product")
    private Set<String> specialties = new TreeSet<>();

    /** The first day it exists; null: since before records began. Reports count the villages existing on their day. */
    private LocalDate establishedOn;

    /** The day it ceased to exist (dissolved, or merged as 村改社区 merges villages); null while it exists. */
    private LocalDate dissolvedOn;

    protected Village() {
    }

    public Village(String name, VillageKind kind, String code, Town town) {
        this.name = name;
        this.kind = kind;
        this.code = code;
        this.town = town;
    }

    /** Public for this module's internal services and demo data; other modules only read it (ModularityTests). */
    public void update(VillageDetails details, Town town, Cluster cluster) {
        this.name = details.name();
        this.kind = details.kind();
        this.code = details.code();
        this.town = town;
        this.cluster = cluster;
        this.population = details.population();
        this.households = details.households();
        this.farmlandMu = details.farmlandMu();
        this.collectiveIncome = details.collectiveIncome();
        this.rectification = details.rectification();
        this.demonstration = details.demonstration();
        this.conversionStatus = details.conversionStatus() == null ? ConversionStatus.NONE : details.conversionStatus();
        this.specialties.clear();
        this.specialties.addAll(details.specialties());
        if (details.establishedOn() != null && details.dissolvedOn() != null
                && !details.dissolvedOn().isAfter(details.establishedOn())) {
            throw new InvalidFieldException("dissolvedOn", "village.dissolvedOn.notAfterEstablished");
        }
        this.establishedOn = details.establishedOn();
        this.dissolvedOn = details.dissolvedOn();
    }

    public String getName() {
        return name;
    }

    public VillageKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public Town getTown() {
        return town;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public Integer getPopulation() {
        return population;
    }

    public Integer getHouseholds() {
        return households;
    }

    public BigDecimal getFarmlandMu() {
        return farmlandMu;
    }

    public BigDecimal getCollectiveIncome() {
        return collectiveIncome;
    }

    public boolean isRectification() {
        return rectification;
    }

    public boolean isDemonstration() {
        return demonstration;
    }

    public ConversionStatus getConversionStatus() {
        return conversionStatus;
    }

    public Set<String> getSpecialties() {
        return specialties;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    /** A village added now exists from today on: a past period's report does not count it. */
    void establishOn(LocalDate day) {
        this.establishedOn = day;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("village.name", name);
        fields.put("village.kind", kind == null ? null : "msg:" + kind.messageKey());
        fields.put("village.code", code);
        fields.put("village.town", HistoryLabels.of(town, Town::getName));
        fields.put("village.cluster", HistoryLabels.of(cluster, Cluster::getName));
        fields.put("village.population", population == null ? null : population.toString());
        fields.put("village.households", households == null ? null : households.toString());
        fields.put("village.farmland", farmlandMu == null ? null : farmlandMu.toPlainString());
        fields.put("village.collectiveIncome", collectiveIncome == null ? null : collectiveIncome.toPlainString());
        fields.put("village.specialties", String.join("、", specialties));
        fields.put("village.rectification", "msg:common." + rectification);
        fields.put("village.demonstration", "msg:common." + demonstration);
        fields.put("village.conversionStatus", conversionStatus == null ? null : "msg:" + conversionStatus.messageKey());
        fields.put("village.establishedOn", establishedOn == null ? null : establishedOn.toString());
        fields.put("village.dissolvedOn", dissolvedOn == null ? null : dissolvedOn.toString());
        return fields;
    }
}
