package org.cunwu.campaigns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The columns of a task in an export (a campaign's tasks, the list of all tasks) and the cells of one task. */
final class TaskSheet {

    /** The message keys of the columns. */
    static final List<String> COLUMNS = List.of("task.title", "task.direction", "task.owner", "task.dueDate", "task.status",
            "task.overdue", "task.completedOn", "task.completionNote", "task.villages");

    private TaskSheet() {
    }

    /** A task's cells under {@link #COLUMNS}, its status and overdue flag in words of {@code message}. */
    static List<Object> row(Task t, LocalDate today, UnaryOperator<String> message) {
        List<Object> cells = new ArrayList<>();
        cells.add(t.getTitle());
        cells.add(t.getDirection() == null ? null : t.getDirection().getName());
        cells.add(t.getOwner());
        cells.add(t.getDueDate() == null ? null : t.getDueDate().toString());
        cells.add(message.apply(t.getStatus().messageKey()));
        cells.add(message.apply("common." + t.isOverdue(today)));
        cells.add(t.getCompletedOn() == null ? null : t.getCompletedOn().toString());
        cells.add(t.getCompletionNote());
        cells.add(String.join("、", t.getVillages().stream().map(v -> v.getName()).sorted().toList()));
        return cells;
    }
}
