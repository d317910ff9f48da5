package org.cunwu.campaigns.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** 攻坚任务: owner, villages, due date, status and completion. Overdue is derived from the date, never stored. */
@Entity
@Audited
@Table(name = "campaign_task")
public class Task extends VersionedEntity implements Historied {

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "direction_id")
    private Direction direction;

    private String title;

    private String owner;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private TaskStatus status = TaskStatus.OPEN;

    private LocalDate completedOn;

    private String completionNote;

    @ManyToMany
    @JoinTable(name = "campaign_task_village", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "village_id"))
    private Set<Village> villages = new LinkedHashSet<>();

    protected Task() {
    }

    public Task(Campaign campaign, Direction direction, String title) {
        this.campaign = campaign;
        this.direction = direction;
        this.title = title;
    }

    public void update(Direction direction, String title, String owner, LocalDate dueDate, Set<Village> taskVillages) {
        this.direction = direction;
        this.title = title;
        this.owner = owner;
        this.dueDate = dueDate;
        this.villages.clear();
        this.villages.addAll(taskVillages);
    }

    /** Moves along an allowed transition; done carries the day and a note, leaving done clears them. */
    public void changeStatus(TaskStatus next, LocalDate on, String note) {
        if (!status.allowedNext().contains(next)) {
            throw new IllegalStateException("task " + getId() + " cannot go from " + status + " to " + next);
        }
        this.status = next;
        if (next == TaskStatus.DONE) {
            this.completedOn = on;
            this.completionNote = note;
        } else {
            this.completedOn = null;
            this.completionNote = null;
        }
    }

    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && (status == TaskStatus.OPEN || status == TaskStatus.IN_PROGRESS);
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Direction getDirection() {
        return direction;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public Set<Village> getVillages() {
        return villages;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("task.title", title);
        fields.put("task.direction", HistoryLabels.of(direction, Direction::getName));
        fields.put("task.owner", owner);
        fields.put("task.dueDate", dueDate == null ? null : dueDate.toString());
        fields.put("task.status", status == null ? null : "msg:" + status.messageKey());
        fields.put("task.completedOn", completedOn == null ? null : completedOn.toString());
        fields.put("task.completionNote", completionNote);
        fields.put("task.villages", villages.stream().map(v -> HistoryLabels.of(v, Village::getName)).sorted().collect(Collectors.joining("、")));
        return fields;
    }
}
