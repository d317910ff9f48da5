package org.cunwu.inbox.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An item as its reader sees it: the subject still as a key with arguments, and whether this reader has read it. */
record InboxItem(long id, String kind, String subjectKey, List<String> args, String link, LocalDate dueOn, Instant postedAt,
        Instant closedAt, boolean read) {

    public boolean open() {
        return closedAt == null;
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
