package org.cunwu.ledgers.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** A moment of a ledger as its readers see it, in the portal's time zone ({@code ${@ledgerTime.of(...)}} in templates). */
@Component("ledgerTime")
class LedgerTime {

    private final DateTimeFormatter format;

    LedgerTime(Clock clock) {
        this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    public String of(Instant moment) {
        return moment == null ? "" : format.format(moment);
    }
}
