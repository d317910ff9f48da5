package org.cunwu.villages;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.hibernate.envers.Audited;
import org.springframework.modulith.NamedInterface;

/** 区: one deployment usually serves one, a city or province deployment several. */
@NamedInterface(name = "api", propagate = false)
@Entity
@Audited
public class District extends VersionedEntity implements Historied {

    private String name;

    private String code;

    protected District() {
    }

    public District(String name, String code) {
        this.name = name;
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("district.name", name);
        fields.put("district.code", code);
        return fields;
    }
}
