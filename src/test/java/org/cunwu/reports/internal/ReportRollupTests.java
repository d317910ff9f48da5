package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The town-and-month rollups (V80) always hold what a group-by over report_event gives: after the demo district
 * loads, and after inserts, updates (states, days, villages of another town) and deletes on every table they count,
 * each in a transaction rolled back at the end so that the demo's figures stay as the other tests expect them.
 */
@DemoIntegrationTest
class ReportRollupTests {

    /** report_event grouped as the rollup is, compared both ways (EXCEPT ALL): each row names where it differs. */
    static final String DIFFERENCES = """
            with raw as (
                select v.town_id, date_trunc('month', e.on_date)::date as month, e.fact,
                       case when e.fact in ('PROBLEM_RAISED', 'PROBLEM_RESOLVED') then e.category_id end as category_id, e.state,
                       case when e.state in ('PLEDGED', 'IN_PROGRESS') then e.due_on end as due_on, count(*) as n, sum(e.amount) as amount
                from report_event e left join village v on v.id = e.village_id
                where e.on_date is not null and e.fact not in ('TASK_COMPLETED', 'ZONE_PLAN')
                group by 1, 2, 3, 4, 5, 6),
            rolled as (select town_id, month, fact, category_id, state, due_on, n, amount from report_event_month),
            raw_days as (
                select v.town_id, date_trunc('month', e.on_date)::date as month, e.days, count(*) as n
                from report_event e left join village v on v.id = e.village_id
                where e.fact = 'PROBLEM_RESOLVED' group by 1, 2, 3),
            rolled_days as (select town_id, month, days, n from report_resolved_days_month)
            select 'only in the records: ' || r from (select * from raw except all select * from rolled) r
            union all select 'only in the rollup: ' || r from (select * from rolled except all select * from raw) r
            union all select 'days only in the records: ' || r from (select * from raw_days except all select * from rolled_days) r
            union all select 'days only in the rollup: ' || r from (select * from rolled_days except all select * from raw_days) r
            """;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ReportService reports;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(district, null, district.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<String> differences() {
        return jdbc.queryForList(DIFFERENCES, String.class);
    }

    long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** A copy of a row (all columns but the id and the client's token), returning the new row's id. */
    long copy(String table, long id) {
        String columns = jdbc.queryForObject("select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? and column_name not in ('id', 'client_token')", String.class, table);
        return id("insert into " + table + " (" + columns + ") select " + columns + " from " + table + " where id = ? returning id", id);
    }

    /** Runs the changes and checks the rollups after them, inside one transaction that is rolled back. */
    void afterChanges(String what, Runnable changes) {
        tx.executeWithoutResult(status -> {
            changes.run();
            assertThat(differences()).as("rollup and records after " + what).isEmpty();
            status.setRollbackOnly();
        });
    }

    @Test
    void theRollupsAgreeWithTheRecordsOfTheDemoDistrict() {
        assertThat(jdbc.queryForObject("select count(*) from report_event_month", Long.class)).isPositive();
        assertThat(differences()).isEmpty();
    }

    @Test
    void problemsRaisedResolvedRedatedMovedAndDeletedKeepTheRollupsRight() {
        afterChanges("problem changes", () -> {
            long problem = id("select min(id) from problem where status = 'RESOLVED' and reported_on >= '2023-03-01'");
            long open = id("select min(id) from problem where status <> 'RESOLVED' and reported_on >= '2023-01-01'");
            long otherTown = id("select min(v.id) from village v where v.town_id <> (select town_id from village where id = "
                    + "(select village_id from problem where id = ?))", problem);
            copy("problem", problem);
            jdbc.update("update problem set status = 'RESOLVED', resolved_on = reported_on + 17 where id = ?", open);
            jdbc.update("update problem set reported_on = reported_on - 40 where id = ?", problem);
            jdbc.update("update problem set resolved_on = resolved_on + 45, petition = not petition where id = ?", problem);
            jdbc.update("update problem set village_id = ? where id = ?", otherTown, copy("problem", problem));
            jdbc.update("update problem set category_id = (select max(id) from problem_category) where id = ?", copy("problem", open));
            // many rows in one statement, several of them in the same town and month
            jdbc.update("update problem set reported_on = reported_on - 1 where reported_on between '2023-05-01' and '2023-06-30'");
            jdbc.update("delete from problem where id = (select max(id) from problem where status = 'RESOLVED')");
        });
    }

    @Test
    void receptionsCommitmentsAndPostsChangedKeepTheRollupsRight() {
        afterChanges("reception, commitment and post changes", () -> {
            long reception = id("select min(id) from reception where received_on >= '2023-01-01'");
            long otherTown = id("select min(v.id) from village v where v.town_id <> (select town_id from village where id = "
                    + "(select village_id from reception where id = ?))", reception);
            jdbc.update("update reception set received_on = received_on + 60, people_count = people_count + 2 where id = ?", copy("reception", reception));
            jdbc.update("update reception set village_id = ? where id = ?", otherTown, reception);
            jdbc.update("delete from reception where id = ?", copy("reception", reception));

            long pledged = id("select min(id) from commitment where public_notice and status in ('PLEDGED', 'IN_PROGRESS')");
            long fulfilled = id("select min(id) from commitment where public_notice and status = 'FULFILLED'");
            jdbc.update("update commitment set status = 'FULFILLED', fulfilled_on = pledged_on + 30 where id = ?", pledged);
            jdbc.update("update commitment set status = 'IN_PROGRESS', fulfilled_on = null, promised_by = pledged_on + 3 where id = ?", fulfilled);
            jdbc.update("update commitment set promised_by = promised_by + 100 where id = ?", copy("commitment", fulfilled));
            jdbc.update("update commitment set public_notice = false where id = ?", copy("commitment", pledged));
            jdbc.update("update commitment set village_id = ? where id = ?", otherTown, copy("commitment", pledged));

            long post = id("select min(id) from post_held where to_date is null");
            jdbc.update("update post_held set to_date = from_date + 400, end_reason = 'NOT_COMPETENT' where id = ?", post);
            long adjusted = id("select min(id) from post_held where end_reason = 'NOT_COMPETENT' and id <> ?", post);
            jdbc.update("update post_held set to_date = to_date + 31 where id = ?", adjusted);
            jdbc.update("update post_held set village_id = ? where id = ?", otherTown, copy("post_held", adjusted));
            jdbc.update("delete from post_held where id = ?", copy("post_held", adjusted));
        });
    }

    @Test
    void talentsAndPartnerProjectsChangedKeepTheRollupsRight() {
        afterChanges("talent and partner project changes", () -> {
            long returned = id("select min(id) from talent_person where kind = 'RETURNED'");
            long otherTown = id("select min(v.id) from village v where v.town_id <> (select town_id from village where id = "
                    + "(select village_id from talent_person where id = ?))", returned);
            long adviser = copy("talent_person", returned);
            jdbc.update("update talent_person set kind = 'ADVISER', village_id = null where id = ?", adviser);
            jdbc.update("update talent_person set since_date = since_date - 200 where id = ?", adviser);
            jdbc.update("update talent_person set village_id = ?, since_date = '2023-06-15' where id = ?", otherTown, returned);
            jdbc.update("delete from talent_person where id = ?", copy("talent_person", returned));

            long partner = id("select min(id) from partner_project");
            jdbc.update("update partner_project set open_from = open_from + 90, open_to = null, investment_wan = 12.5 where id = ?", partner);
            jdbc.update("update partner_project set village_id = ?, status = 'CLOSED' where id = ?", otherTown, copy("partner_project", partner));
            jdbc.update("delete from partner_project where id = ?", copy("partner_project", partner));
        });
    }

    @Test
    void projectsTheirStatusChangesAndVillagesMovedKeepTheRollupsRight() {
        afterChanges("project, status change and village changes", () -> {
            long project = id("select min(p.id) from project p where p.operating and exists (select 1 from project_status_change c "
                    + "where c.project_id = p.id and c.to_status = 'OPERATING' and c.changed_on >= '2023-02-01')");
            long village = id("select lead_village_id from project where id = ?", project);
            long otherTown = id("select min(v.id) from village v where v.town_id <> (select town_id from village where id = ?)", village);
            // an earlier change to OPERATING moves the fact to its month; deleting it moves it back
            long earlier = id("insert into project_status_change (project_id, to_status, changed_on, author) values (?, 'OPERATING', '2023-01-10', 'test') "
                    + "returning id", project);
            assertThat(differences()).as("after an earlier change to OPERATING").isEmpty();
            jdbc.update("update project_status_change set changed_on = '2022-12-20' where id = ?", earlier);
            jdbc.update("delete from project_status_change where id = ?", earlier);
            jdbc.update("update project set investment_wan = coalesce(investment_wan, 0) + 7 where id = ?", project);
            jdbc.update("update project set lead_village_id = ? where id = ?", otherTown, project);
            jdbc.update("update project set operating = false where id = ?", project);
            jdbc.update("update project set operating = true where id = ?", project);

            long copied = copy("project", project);
            jdbc.update("insert into project_status_change (project_id, to_status, changed_on, author) values (?, 'OPERATING', '2023-08-08', 'test')", copied);
            assertThat(differences()).as("after a new operating project").isEmpty();
            jdbc.update("delete from project where id = ?", copied);

            // a village of another town, and one no longer under rectification
            long target = id("select town_id from village where id = ?", otherTown);
            jdbc.update("update village set town_id = ? where id = ?", target, village);
            jdbc.update("update village set rectification = not rectification where id = (select lead_village_id from project where id = ?)", project);
            jdbc.update("update village set rectification = not rectification where id in (select min(id) from village group by town_id)");
        });
    }

    /**
     * report_rollups_rebuild() (V82), which a bulk load with the triggers off calls once at its end, makes every kept
     * table agree with the records again however far it had drifted: rows lost, rows made up, counts changed.
     */
    @Test
    void theRebuildRestoresEveryKeptTableFromTheRecords() {
        tx.executeWithoutResult(status -> {
            jdbc.update("delete from report_event_month where fact = 'PROBLEM_RAISED'");
            jdbc.update("update report_event_month set n = n + 1 where fact = 'RECEPTION'");
            jdbc.update("delete from report_resolved_days_month where days < 10");
            jdbc.update("delete from project_status_interval where seq = 1");
            jdbc.update("update project_status_interval set status = 'PLANNED' where to_date is null");
            assertThat(differences()).as("the drift the rebuild must repair").isNotEmpty();
            assertThat(jdbc.queryForList(ProjectStatusIntervalTests.DIFFERENCES, String.class)).isNotEmpty();

            jdbc.execute("select report_rollups_rebuild()");
            assertThat(differences()).as("rollup and records after the rebuild").isEmpty();
            assertThat(jdbc.queryForList(ProjectStatusIntervalTests.DIFFERENCES, String.class)).as("intervals after the rebuild").isEmpty();
            status.setRollbackOnly();
        });
    }

    /**
     * The district summary reads its towns' facts and medians from the rollups, a town report from the records: each
     * town's figures agree both ways (the medians too, computed from the histogram of days).
     */
    @Test
    void eachTownOfTheDistrictSummaryHasTheFiguresOfItsOwnReport() {
        for (Period period : List.of(Period.ofYear(2023, true), Period.parse("2023", "2", null, null, null, LocalDate.of(2024, 1, 1)),
                Period.parse("2023", null, "11", null, null, LocalDate.of(2024, 1, 1)))) {
            Report summary = reports.report(reports.district(), period);
            assertThat(summary.units()).isNotEmpty();
            assertThat(summary.total().count(Figure.PROBLEMS_RESOLVED)).isPositive();
            for (Report.Unit town : summary.units()) {
                Figures own = reports.report(reports.town(town.id()), period).total();
                for (Figure figure : FROM_FACTS) {
                    assertThat(town.figures().get(figure)).as(town.name() + " " + figure + " " + period.from()).isEqualTo(own.get(figure));
                }
            }
        }
    }

    /** The figures a report counts from the dated facts (the others come from the records in every case). */
    static final List<Figure> FROM_FACTS = List.of(Figure.CADRES_ADJUSTED, Figure.NEW_OPERATING, Figure.NEW_OPERATING_RECTIFIED,
            Figure.PROBLEMS_RAISED, Figure.PETITIONS_RAISED, Figure.PROBLEMS_RESOLVED, Figure.PETITIONS_RESOLVED, Figure.MEDIAN_DAYS,
            Figure.RECEPTIONS, Figure.RECEPTION_PEOPLE, Figure.COMMITMENTS, Figure.COMMITMENTS_FULFILLED, Figure.COMMITMENTS_OVERDUE,
            Figure.RETURNED_TALENTS, Figure.ADVISERS, Figure.PARTNER_PROJECTS, Figure.TASKS_COMPLETED, Figure.ZONE_PLANS);

    /**
     * The district's whole months from the rollups agree with the same days read from the records: 2023 and the next
     * day as a range, less that day alone (both ranges are not whole months, so they are read from report_event).
     */
    @Test
    void theDistrictOfWholeMonthsAgreesWithTheSameFactsReadFromTheRecords() {
        Report whole = reports.report(reports.district(), Period.ofYear(2023, true));
        LocalDate today = LocalDate.of(2025, 1, 1);
        Period range = Period.parse(null, null, null, "2023-01-01", "2024-01-01", today);
        Period dayAfter = Period.parse(null, null, null, "2024-01-01", "2024-01-01", today);
        assertThat(range.wholeMonths() || dayAfter.wholeMonths()).isFalse();
        Report raw = reports.report(reports.district(), range);
        Report extra = reports.report(reports.district(), dayAfter);
        Map<Long, Report.Unit> rawUnits = new HashMap<>();
        raw.units().forEach(unit -> rawUnits.put(unit.id(), unit));
        Map<Long, Report.Unit> extraUnits = new HashMap<>();
        extra.units().forEach(unit -> extraUnits.put(unit.id(), unit));
        for (Figure figure : FROM_FACTS) {
            if (figure == Figure.MEDIAN_DAYS) {
                continue; // not a sum: checked below and per town against each town's report
            }
            assertThat(value(whole.total(), figure)).as("district " + figure).isEqualByComparingTo(value(raw.total(), figure)
                    .subtract(value(extra.total(), figure)));
            for (Report.Unit town : whole.units()) {
                Report.Unit extraTown = extraUnits.get(town.id());
                assertThat(value(town.figures(), figure)).as(town.name() + " " + figure).isEqualByComparingTo(
                        value(rawUnits.get(town.id()).figures(), figure).subtract(extraTown == null ? BigDecimal.ZERO
                                : value(extraTown.figures(), figure)));
            }
        }
        assertThat(whole.total().count(Figure.COMMITMENTS_OVERDUE)).isPositive();
        assertThat(whole.total().get(Figure.MEDIAN_DAYS)).isEqualTo(new BigDecimal(jdbc.queryForObject(
                "select percentile_cont(0.5) within group (order by e.days) from report_event e join report_village v on v.village_id = e.village_id "
                        + "where e.fact = 'PROBLEM_RESOLVED' and e.on_date between '2023-01-01' and '2023-12-31'", Double.class))
                .setScale(1, RoundingMode.HALF_UP));
        Map<Long, long[]> extraCategories = new HashMap<>();
        extra.problemCategories().forEach(row -> extraCategories.put(row.categoryId(), new long[] {row.raised(), row.resolved()}));
        assertThat(whole.problemCategories()).isEqualTo(raw.problemCategories().stream().map(row -> {
            long[] less = extraCategories.getOrDefault(row.categoryId(), new long[2]);
            return new Report.CategoryRow(row.categoryId(), row.nameZh(), row.nameEn(), row.raised() - less[0], row.resolved() - less[1]);
        }).toList());
        assertThat(whole.trend()).isEqualTo(raw.trend().subList(0, 12));
    }

    static BigDecimal value(Figures figures, Figure figure) {
        return new BigDecimal(figures.get(figure).toString());
    }
}
