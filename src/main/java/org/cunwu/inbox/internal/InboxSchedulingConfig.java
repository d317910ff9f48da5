package org.cunwu.inbox.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling for the daily inbox job (switched off with {@code cunwu.inbox.cron=-}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class InboxSchedulingConfig {
}
