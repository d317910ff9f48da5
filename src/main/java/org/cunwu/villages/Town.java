package org.cunwu.villages;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.hibernate.envers.Audited;
import org.springframework.modulith.NamedInterface;

/** 镇/街道: a town or sub-district of a district, with its 12-digit statistical code. */
@NamedInterface(name = "api", propagate = false)
@Entity
@Audited
public class Town extends VersionedEntity implements Historied {

    private String name;

    @Enumerated(EnumType.STRING)
    private TownKind kind;

    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    protected Town() {
    }

    public Town(String name, TownKind kind, String code, District district) {
        update(name, kind, code, district);
    }

    void update(String name, TownKind kind, String code, District district) {
        this.name = name;
        this.kind = kind;
        this.code = code;
        this.district = district;
    }

    public String getName() {
        return name;
    }

    public TownKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public District getDistrict() {
        return district;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("town.name", name);
        fields.put("town.kind", kind == null ? null : "msg:" + kind.messageKey());
        fields.put("town.code", code);
        fields.put("town.district", HistoryLabels.of(district, District::getName));
        return fields;
    }
}
