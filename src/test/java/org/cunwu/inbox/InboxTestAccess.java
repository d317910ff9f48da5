package org.cunwu.inbox;

import java.time.LocalDate;

import org.cunwu.inbox.internal.DailyInboxJob;
import org.springframework.stereotype.Component;

/** Lets other modules' tests run the daily inbox job for a day (the job itself is the inbox module's own). */
@Component
public class InboxTestAccess {

    private final DailyInboxJob job;

    InboxTestAccess(DailyInboxJob job) {
        this.job = job;
    }

    public boolean runDailyJob(LocalDate day) {
        return job.runFor(day);
    }
}
