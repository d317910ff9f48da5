package org.cunwu.inbox;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.modulith.NamedInterface;

/**
 * What a module contributes to the daily inbox job: every item of its kinds that is due on the day (a ledger late, a
 * commitment overdue). The job posts them all and closes the open items under {@link #keyPrefix()} that the source no
 * longer lists (the thing was done), so a source owns its prefix: items posted elsewhere use other keys.
 */
@NamedInterface("api")
public interface DailyInboxSource {

    /** The dedupe-key prefix of every item the source makes, e.g. {@code ledger-due:}. */
    String keyPrefix();

    Collection<Inbox.Item> items(LocalDate today);
}
