package org.cunwu.campaigns.internal;

import java.time.LocalDate;

import org.cunwu.shared.export.Columns;

/** The columns of a task in an export: a campaign's tasks, and the list of all tasks, which names the campaign first. */
final class TaskSheet {

    private TaskSheet() {
    }

    static Columns<Task> columns(LocalDate today, boolean withCampaign) {
        Columns<Task> columns = Columns.of(Task.class);
        if (withCampaign) {
            columns.add("task.campaign", t -> t.getCampaign().getName());
        }
        return columns.add("task.title", Task::getTitle)
                .add("task.direction", t -> t.getDirection() == null ? null : t.getDirection().getName())
                .add("task.owner", Task::getOwner).add("task.dueDate", Task::getDueDate)
                .label("task.status", t -> t.getStatus().messageKey()).yesNo("task.overdue", t -> t.isOverdue(today))
                .add("task.completedOn", Task::getCompletedOn).add("task.completionNote", Task::getCompletionNote)
                .names("task.villages", t -> t.getVillages().stream().map(v -> v.getName()).sorted().toList());
    }
}
