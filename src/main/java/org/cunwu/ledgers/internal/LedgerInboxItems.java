package org.cunwu.ledgers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cunwu.inbox.DailyInboxSource;
import org.cunwu.inbox.Inbox;
import org.cunwu.inbox.Recipient;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The inbox items ledgers cause. Steps post and close theirs in the step's own transaction (the item commits with the
 * step): a submitted ledger asks its town to review, a returned one asks its secretary to fix and resubmit. The daily
 * job opens the current quarter's ledgers and tells each secretary of an unsubmitted ledger that is due within a
 * fortnight or late.
 */
@Component
class LedgerInboxItems implements DailyInboxSource {

    static final String DUE_PREFIX = "ledger-due:";
    static final int DAYS_BEFORE_DUE = 14;

    private final Inbox inbox;
    private final LedgerService ledgers;
    private final JdbcClient jdbc;

    LedgerInboxItems(Inbox inbox, LedgerService ledgers, JdbcClient jdbc) {
        this.inbox = inbox;
        this.ledgers = ledgers;
        this.jdbc = jdbc;
    }

    static String reviewKey(long ledgerId) {
        return "ledger:" + ledgerId + ":review";
    }

    static String returnedKey(long ledgerId) {
        return "ledger:" + ledgerId + ":returned";
    }

    @EventListener
    void on(LedgerEvents.Submitted event) {
        LedgerEvents.Subject l = event.ledger();
        inbox.close(returnedKey(l.ledgerId()));
        inbox.close(DUE_PREFIX + l.ledgerId());
        inbox.post(Recipient.townStaff(l.townId()), "ledger.review", "ledger.inbox.review",
                List.of(l.villageName(), String.valueOf(l.year()), String.valueOf(l.quarter())), "/ledgers/" + l.ledgerId(),
                reviewKey(l.ledgerId()));
    }

    @EventListener
    void on(LedgerEvents.Reviewed event) {
        inbox.close(reviewKey(event.ledger().ledgerId()));
    }

    @EventListener
    void on(LedgerEvents.Returned event) {
        LedgerEvents.Subject l = event.ledger();
        inbox.close(reviewKey(l.ledgerId()));
        inbox.post(Recipient.secretary(l.villageId()), "ledger.returned", "ledger.inbox.returned",
                List.of(String.valueOf(l.year()), String.valueOf(l.quarter()), event.reason() == null ? "" : event.reason()),
                "/ledgers/" + l.ledgerId(), returnedKey(l.ledgerId()));
    }

    @Override
    public String keyPrefix() {
        return DUE_PREFIX;
    }

    @Override
    public Collection<Inbox.Item> items(LocalDate today) {
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        ledgers.openQuarter(today.getYear(), quarter);
        List<Inbox.Item> items = new ArrayList<>();
        jdbc.sql("select distinct year, quarter from ledger where state = 'DRAFT' order by year, quarter")
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).list().forEach(q -> {
                    LocalDate due = ledgers.dueOn(q[0], q[1]);
                    if (today.isBefore(due.minusDays(DAYS_BEFORE_DUE))) {
                        return;
                    }
                    boolean late = today.isAfter(due);
                    jdbc.sql("select id, village_id from ledger where state = 'DRAFT' and year = :year and quarter = :quarter")
                            .param("year", q[0]).param("quarter", q[1]).query((rs, n) -> {
                                items.add(new Inbox.Item(Recipient.secretary(rs.getLong(2)), late ? "ledger.late" : "ledger.due",
                                        late ? "ledger.inbox.late" : "ledger.inbox.due", List.of(String.valueOf(q[0]), String.valueOf(q[1]),
                                                due.toString()), "/ledgers/" + rs.getLong(1), DUE_PREFIX + rs.getLong(1), due));
                                return null;
                            }).list();
                });
        return items;
    }
}
