package org.cunwu.inbox.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.cunwu.inbox.DailyInboxSource;
import org.cunwu.inbox.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the day's due and overdue items once a day, however many instances serve the portal. Every instance
 * triggers it (hourly by default); the first to take a PostgreSQL advisory lock claims the day in {@code inbox_job_run}
 * within the same transaction, so: a concurrent caller skips at once (no waiting on the lock), a later caller finds the
 * day claimed, and a run that fails rolls its claim back so the next trigger runs it again. No lock table or library
 * is needed, and "once a day" is the database's answer, not a guess about clocks and lock durations.
 */
@Component
public class DailyInboxJob {

    /** The advisory lock's key (any constant the portal uses for nothing else): "INBOX" in ASCII. */
    static final long LOCK_KEY = 0x494E424F58L;

    private static final Logger log = LoggerFactory.getLogger(DailyInboxJob.class);

    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final List<DailyInboxSource> sources;
    private final Clock clock;

    DailyInboxJob(JdbcClient jdbc, Inbox inbox, List<DailyInboxSource> sources, Clock clock) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.sources = sources;
        this.clock = clock;
    }

    /** Transactional itself: {@link #runFor} called from here is no call through the proxy, and needs the one transaction. */
    @Scheduled(cron = "${cunwu.inbox.cron:0 7 * * * *}", zone = "${cunwu.inbox.zone:Asia/Shanghai}")
    @Transactional
    void trigger() {
        runFor(LocalDate.now(clock));
    }

    /** Runs the job for the day unless it ran (or runs now) elsewhere; true when this call ran it. */
    @Transactional
    public boolean runFor(LocalDate day) {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return false;
        }
        int claimed = jdbc.sql("insert into inbox_job_run (day, started_at) values (:day, now()) on conflict (day) do nothing")
                .param("day", day).update();
        if (claimed == 0) {
            return false;
        }
        int posted = 0;
        int closed = 0;
        for (DailyInboxSource source : sources) {
            for (Inbox.Item item : source.items(day)) {
                if (!item.dedupeKey().startsWith(source.keyPrefix())) {
                    throw new IllegalStateException("item " + item.dedupeKey() + " outside its source's prefix " + source.keyPrefix());
                }
                inbox.post(item);
                posted++;
            }
            closed += inbox.closeUntouched(source.keyPrefix());
        }
        jdbc.sql("update inbox_job_run set items_posted = :posted, items_closed = :closed where day = :day")
                .param("posted", posted).param("closed", closed).param("day", day).update();
        log.info("inbox daily job for {}: {} items posted, {} closed", day, posted, closed);
        return true;
    }
}
