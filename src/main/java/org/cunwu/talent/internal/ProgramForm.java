package org.cunwu.talent.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EndNotBefore;
import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A talent programme, as typed. */
@EndNotBefore(start = "startsOn", end = "endsOn", message = "{program.endsOn.beforeStart}")
class ProgramForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private ProgramKind kind;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @Size(max = 2000, message = "{validation.size.max}")
    private String description;

    private Long version;

    static ProgramForm of(Program p) {
        ProgramForm form = new ProgramForm();
        form.name = p.getName();
        form.kind = p.getKind();
        form.startsOn = p.getStartsOn();
        form.endsOn = p.getEndsOn();
        form.description = p.getDescription();
        form.version = p.getVersion();
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ProgramKind getKind() { return kind; }
    public void setKind(ProgramKind kind) { this.kind = kind; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
