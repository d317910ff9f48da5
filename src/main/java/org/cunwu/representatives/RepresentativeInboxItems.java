package org.cunwu.representatives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cunwu.inbox.DailyInboxSource;
import org.cunwu.inbox.Inbox;
import org.cunwu.inbox.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily inbox items of the representatives' work: a secretary's commitments overdue (one item per village with their
 * count, by the list's own definition: pledged or in progress, promised before today), and each escalated problem for the
 * staff of its village's town. The items close on the next run once nothing is overdue or the problem is resolved.
 */
@Component
class RepresentativeInboxItems implements DailyInboxSource {

    static final String PREFIX = "representatives:";

    private final JdbcClient jdbc;

    RepresentativeInboxItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String keyPrefix() {
        return PREFIX;
    }

    @Override
    public Collection<Inbox.Item> items(LocalDate today) {
        List<Inbox.Item> items = new ArrayList<>();
        jdbc.sql("""
                select village_id, count(*) from commitment where status in ('PLEDGED', 'IN_PROGRESS') and promised_by < :today
                group by village_id
                """).param("today", today).query((rs, n) -> items.add(new Inbox.Item(Recipient.secretary(rs.getLong(1)),
                        "commitment.overdue", "inbox.commitmentsOverdue", List.of(String.valueOf(rs.getLong(2))),
                        "/commitments?villageId=" + rs.getLong(1) + "&overdue=true", PREFIX + "commitments-overdue:" + rs.getLong(1), null)))
                .list();
        jdbc.sql("""
                select p.id, p.title, v.town_id from problem p join village v on v.id = p.village_id where p.status = 'ESCALATED'
                """).query((rs, n) -> items.add(new Inbox.Item(Recipient.townStaff(rs.getLong(3)), "problem-escalated",
                        "inbox.problemEscalated", List.of(rs.getString(2)), "/problems/" + rs.getLong(1),
                        PREFIX + "problem-escalated:" + rs.getLong(1), null)))
                .list();
        return items;
    }
}
