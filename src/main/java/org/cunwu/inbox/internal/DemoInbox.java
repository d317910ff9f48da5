package org.cunwu.inbox.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** After the demo district is loaded, today's daily inbox job runs once (as the first scheduled trigger would). */
@Component
@Profile("demo")
@Order(90)
class DemoInbox implements ApplicationRunner {

    private final DailyInboxJob job;

    DemoInbox(DailyInboxJob job) {
        this.job = job;
    }

    @Override
    public void run(ApplicationArguments args) {
        job.trigger();
    }
}
