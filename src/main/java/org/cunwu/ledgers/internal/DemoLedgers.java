package org.cunwu.ledgers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo district's 2023 ledgers, made through the same service steps as users' (signed in as each village's
 * secretary and its town's staff, at the moments they happened): the district sets the due days, every village submits
 * its four quarters, its town reviews most, returns a few (the village fixes and resubmits), a few submit late, and two
 * villages have not submitted the fourth quarter at all; some fourth-quarter ledgers of 册山街道 wait for review.
 */
@Component
@Profile("demo")
@Order(70)
class DemoLedgers implements ApplicationRunner {

    static final int YEAR = 2023;
    /** Villages (by code order) that never submitted the fourth quarter: 褚墩一村 (sec-chudun1's) and one more. */
    static final List<String> NOT_SUBMITTED_Q4 = List.of("褚墩一村", "后湖村");
    private static final String[] SUMMARIES = {"本季度按计划开展民情接待和联户走访，群众反映的问题已逐件登记办理。",
            "围绕公开承诺事项推进道路修缮和环境整治，组织村民代表开展政策宣讲。",
            "落实“三会一课”，完成集体经济项目阶段性任务，化解邻里纠纷多起。"};
    private static final String[] PLANS = {"下季度继续推进承诺事项兑现，做好汛期安全排查。", "加强产业项目对接，完善联户走访台账。",
            "组织村民代表培训，推动问题办结率进一步提高。"};

    private final LedgerService ledgers;
    private final JdbcClient jdbc;

    DemoLedgers(LedgerService ledgers, JdbcClient jdbc) {
        this.ledgers = ledgers;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from ledger").query(Long.class).single() > 0) {
            return;
        }
        ZoneId zone = ledgers.zone();
        as(new PortalUser(0L, "district", "{noop}x", "区委组织部", Role.DISTRICT_STAFF, null, null, true, true), () -> {
            DueDaysForm due = new DueDaysForm();
            due.setYear(YEAR);
            due.setQ1(LocalDate.of(YEAR, 4, 10));
            due.setQ2(LocalDate.of(YEAR, 7, 10));
            due.setQ3(LocalDate.of(YEAR, 10, 10));
            due.setQ4(LocalDate.of(YEAR + 1, 1, 10));
            ledgers.setDueDays(due);
            return null;
        });
        for (int quarter = 1; quarter <= 4; quarter++) {
            ledgers.openQuarter(YEAR, quarter);
        }
        record Row(long ledger, long village, String name, long town, String townName, int quarter, int index) {
        }
        List<Row> rows = jdbc.sql("""
                select l.id, v.id, v.name, t.id, t.name, l.quarter, dense_rank() over (order by v.code) from ledger l
                join village v on v.id = l.village_id join town t on t.id = v.town_id
                where l.year = :year order by l.quarter, v.code
                """).param("year", YEAR).query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), rs.getInt(6), rs.getInt(7))).list();
        for (Row row : rows) {
            if (row.quarter() == 4 && NOT_SUBMITTED_Q4.contains(row.name())) {
                continue;
            }
            LocalDate due = ledgers.dueOn(YEAR, row.quarter());
            // most submit in the week before the due day; every 23rd village is three days late
            LocalDate submittedOn = row.index() % 23 == 5 ? due.plusDays(3) : due.minusDays(1 + row.index() % 7);
            PortalUser secretary = new PortalUser(-row.village(), "sec-" + row.village(), "{noop}x", row.name() + "书记", Role.VILLAGE_SECRETARY,
                    null, row.village(), true, true);
            PortalUser town = new PortalUser(-row.town(), "town-" + row.town(), "{noop}x", row.townName() + "组织委员", Role.TOWN_STAFF,
                    row.town(), null, true, true);
            submit(secretary, row.ledger(), row.index(), at(submittedOn, 9, zone));
            if (row.quarter() == 4 && "册山街道".equals(row.townName()) && row.index() % 3 == 0) {
                continue; // waiting for the town's review
            }
            boolean returned = (row.index() + row.quarter()) % 11 == 0;
            if (returned) {
                as(town, () -> ledgers.giveBackAt(row.ledger(), version(row.ledger()), "接待人次与登记簿不一致，请核对后重新提交。",
                        at(submittedOn.plusDays(2), 15, zone)));
                submit(secretary, row.ledger(), row.index() + 1, at(submittedOn.plusDays(4), 10, zone));
            }
            LocalDate reviewedOn = submittedOn.plusDays(returned ? 6 : 2);
            as(town, () -> ledgers.reviewAt(row.ledger(), version(row.ledger()), "数据完整，同意。", at(reviewedOn, 16, zone)));
        }
    }

    private void submit(PortalUser secretary, long ledger, int variant, Instant at) {
        LedgerForm form = new LedgerForm();
        form.setVersion(version(ledger));
        form.setToken("demo-ledger-" + ledger + "-" + variant);
        form.setSummary(SUMMARIES[variant % SUMMARIES.length]);
        form.setPlan(PLANS[variant % PLANS.length]);
        form.setDeclared(true);
        as(secretary, () -> ledgers.submitAt(ledger, form, at));
    }

    private long version(long ledger) {
        return jdbc.sql("select version from ledger where id = :id").param("id", ledger).query(Long.class).single();
    }

    private static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }

    private static <T> T as(PortalUser user, Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
