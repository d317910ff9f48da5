package org.cunwu.projects.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An entry of a project's progress log (limits: project_progress). */
public class ProgressForm {

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate entryDate;

    @NotBlank(message = "{project.progress.textRequired}")
    @Size(max = 2000, message = "{validation.size.max}")
    private String text;

    static ProgressForm of(LocalDate today) {
        ProgressForm form = new ProgressForm();
        form.setEntryDate(today);
        return form;
    }

    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate entryDate) { this.entryDate = entryDate; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
