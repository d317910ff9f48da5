package org.cunwu.shared.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A step in a record's status trail sent from its detail page: the next status, the day and the note or reason the
 * step needs, with the version the user saw. The note's limit is the widest note column (1000); a service refuses a
 * longer text for a step whose column is narrower (a withdrawal's reason, an assignee's name).
 */
public class StatusChangeForm {

    public static final int TEXT_MAX = 1000;

    private Long version;

    @Size(max = 30, message = "{validation.size.max}")
    private String status;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;

    @Size(max = TEXT_MAX, message = "{validation.size.max}")
    private String text;

    public static StatusChangeForm of(Long version, LocalDate on) {
        StatusChangeForm form = new StatusChangeForm();
        form.setVersion(version);
        form.setOn(on);
        return form;
    }

    /** The next status as one of {@code type}'s constants; null when none or an unknown one was sent (the service refuses it). */
    public <E extends Enum<E>> E status(Class<E> type) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, status.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
