package org.cunwu.campaigns.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The task form. */
class TaskForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size.max}")
    private String title;

    private Long directionId;

    @Size(max = 100, message = "{validation.size.max}")
    private String owner;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    private Set<Long> villageIds = new LinkedHashSet<>();

    private Long version;

    static TaskForm of(Task t) {
        TaskForm form = new TaskForm();
        form.title = t.getTitle();
        form.directionId = t.getDirection() == null ? null : t.getDirection().getId();
        form.owner = t.getOwner();
        form.dueDate = t.getDueDate();
        t.getVillages().forEach(v -> form.villageIds.add(v.getId()));
        form.version = t.getVersion();
        return form;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getDirectionId() { return directionId; }
    public void setDirectionId(Long directionId) { this.directionId = directionId; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Set<Long> getVillageIds() { return villageIds; }
    public void setVillageIds(Set<Long> villageIds) { this.villageIds = villageIds == null ? new LinkedHashSet<>() : villageIds; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
