package org.cunwu.villages;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.cunwu.shared.history.Historied;
import org.hibernate.envers.Audited;

/** 区: one deployment usually serves one, a city or province deployment several. */
@Entity
@Audited
public class District implements Historied {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String code;

    @Version
    private Long version;

    protected District() {
    }

    public District(String name, String code) {
        this.name = name;
        this.code = code;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public Long getVersion() {
        return version;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("district.name", name);
        fields.put("district.code", code);
        return fields;
    }
}
