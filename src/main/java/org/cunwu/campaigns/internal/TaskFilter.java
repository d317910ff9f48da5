package org.cunwu.campaigns.internal;

import org.cunwu.shared.DateRange;
import org.cunwu.shared.FilterParameters;

/**
 * What the list of all campaigns' tasks is narrowed to: text (title, owner), campaign, status, overdue, a town or a
 * village the task concerns, the days it was completed and the days it is due (both days included).
 */
public record TaskFilter(String q, Long campaignId, TaskStatus status, Boolean overdue, Long townId, Long villageId, DateRange completed,
        DateRange due) {

    static TaskFilter of(FilterParameters p) {
        return new TaskFilter(p.text("q"), p.id("campaignId", "task.campaign"), p.choice("status", TaskStatus.class, "task.status"),
                p.flag("overdue", "task.overdue"), p.id("townId", "village.town"), p.id("villageId", "task.villages"),
                p.dates("completed"), p.dates("due"));
    }
}
