package org.cunwu.representatives.internal;

import org.cunwu.shared.DateRange;

/** The commitment list's filters: text, town, village, status, category, overdue, the days pledged, on public notice. */
public record CommitmentFilter(String q, Long townId, Long villageId, CommitmentStatus status, CommitmentCategory category,
        Boolean overdue, DateRange period, Boolean publicNotice) {

    /** Any day pledged, public or not. */
    public CommitmentFilter(String q, Long townId, Long villageId, CommitmentStatus status, CommitmentCategory category, Boolean overdue) {
        this(q, townId, villageId, status, category, overdue, DateRange.ANY, null);
    }
}
