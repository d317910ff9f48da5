package org.cunwu.evaluations.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;

/** The warning talk the town held: the day, who held it, and what came of it. */
class TalkForm {

    @NotNull(message = "{validation.required}")
    @EventDate
    private LocalDate heldOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String heldBy;

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.size.max}")
    private String outcome;

    private Long version;

    private String token = UUID.randomUUID().toString();

    static TalkForm of(WarningTalk talk) {
        TalkForm form = new TalkForm();
        form.heldOn = talk.getHeldOn();
        form.heldBy = talk.getHeldBy();
        form.outcome = talk.getOutcome();
        form.version = talk.getVersion();
        return form;
    }

    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
    public String getHeldBy() { return heldBy; }
    public void setHeldBy(String heldBy) { this.heldBy = heldBy; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
