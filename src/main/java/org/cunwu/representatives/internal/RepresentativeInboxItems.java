package org.cunwu.representatives.internal;

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
 * The inbox items of the representatives' work. A problem's step posts its item at once, in the step's transaction
 * ({@link ProblemMoved}): assigned, the village's secretary has it until it is resolved (the assignee is a name, not a
 * portal user); escalated, the staff of its village's town have it until it is resolved. The daily job lists the same
 * problems again (so its sweep keeps them), and a secretary's commitments due within a fortnight and those overdue (one
 * item each per village with their count; overdue by the list's own definition: pledged or in progress, promised before
 * today); it closes what is done.
 */
@Component
class RepresentativeInboxItems implements DailyInboxSource {

    static final String PREFIX = "representatives:";
    /** A commitment is due (not yet overdue) from this many days before its deadline. */
    static final int DAYS_BEFORE_DUE = 14;

    private final JdbcClient jdbc;
    private final Inbox inbox;

    RepresentativeInboxItems(JdbcClient jdbc, Inbox inbox) {
        this.jdbc = jdbc;
        this.inbox = inbox;
    }

    static String assignedKey(long problemId) {
        return PREFIX + "problem-assigned:" + problemId;
    }

    static String escalatedKey(long problemId) {
        return PREFIX + "problem-escalated:" + problemId;
    }

    /** In the step's transaction on purpose: the item commits (or rolls back) with the problem's step. */
    @EventListener
    void on(ProblemMoved moved) {
        inbox.close(assignedKey(moved.problemId()));
        inbox.close(escalatedKey(moved.problemId()));
        if (moved.to() == ProblemStatus.ASSIGNED) {
            inbox.post(assigned(moved.problemId(), moved.villageId(), moved.title(), moved.text()));
        } else if (moved.to() == ProblemStatus.ESCALATED) {
            inbox.post(escalated(moved.problemId(), moved.townId(), moved.title()));
        }
    }

    private static Inbox.Item assigned(long problemId, long villageId, String title, String assignee) {
        return new Inbox.Item(Recipient.secretary(villageId), "problem-assigned", "inbox.problemAssigned",
                List.of(title, assignee == null ? "" : assignee), "/problems/" + problemId, assignedKey(problemId), null);
    }

    private static Inbox.Item escalated(long problemId, long townId, String title) {
        return new Inbox.Item(Recipient.townStaff(townId), "problem-escalated", "inbox.problemEscalated", List.of(title),
                "/problems/" + problemId, escalatedKey(problemId), null);
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
                select village_id, count(*), min(promised_by) from commitment
                where status in ('PLEDGED', 'IN_PROGRESS') and promised_by between :today and :soon group by village_id
                """).param("today", today).param("soon", today.plusDays(DAYS_BEFORE_DUE)).query((rs, n) -> {
                    LocalDate first = rs.getDate(3).toLocalDate();
                    return items.add(new Inbox.Item(Recipient.secretary(rs.getLong(1)), "commitment-due", "inbox.commitmentsDue",
                            List.of(String.valueOf(rs.getLong(2)), first.toString()), "/commitments?villageId=" + rs.getLong(1)
                                    + "&sort=promisedBy,asc", PREFIX + "commitments-due:" + rs.getLong(1), first));
                }).list();
        jdbc.sql("""
                select p.id, p.title, v.town_id from problem p join village v on v.id = p.village_id where p.status = 'ESCALATED'
                """).query((rs, n) -> items.add(escalated(rs.getLong(1), rs.getLong(3), rs.getString(2)))).list();
        jdbc.sql("select id, title, village_id, assigned_to from problem where status = 'ASSIGNED'")
                .query((rs, n) -> items.add(assigned(rs.getLong(1), rs.getLong(3), rs.getString(2), rs.getString(4)))).list();
        return items;
    }
}
