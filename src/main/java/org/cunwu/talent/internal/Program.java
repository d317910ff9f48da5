package org.cunwu.talent.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.hibernate.envers.Audited;

/** A talent programme of the district (头雁人才深航计划, "90青雁"年轻村支书成长计划 …). */
@Entity
@Audited
@Table(name = "talent_program")
public class Program extends VersionedEntity implements Historied {

    private String name;

    @Enumerated(EnumType.STRING)
    private ProgramKind kind;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String description;

    protected Program() {
    }

    public Program(String name, ProgramKind kind) {
        this.name = name;
        this.kind = kind;
    }

    void update(String name, ProgramKind kind, LocalDate startsOn, LocalDate endsOn, String description) {
        this.name = name;
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public ProgramKind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("program.name", name);
        fields.put("program.kind", kind == null ? null : "msg:" + kind.messageKey());
        fields.put("program.startsOn", startsOn == null ? null : startsOn.toString());
        fields.put("program.endsOn", endsOn == null ? null : endsOn.toString());
        fields.put("program.description", description);
        return fields;
    }
}
