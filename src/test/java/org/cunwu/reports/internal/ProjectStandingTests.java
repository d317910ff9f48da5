package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.projects.ProjectStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projects 在建和运营 of a district report, read from the towns' kept figures (V91), are those the statement over
 * every project's statuses gives, on years, quarters, a month, a range and days inside periods: after the demo district
 * loads, and after status changes, projects moved, recategorised, refigured, inserted and deleted, partners and villages
 * changed, each in a transaction rolled back so that the demo's figures stay as the other tests expect them; and the kept
 * rows are those a recomputation from the records gives.
 */
@DemoIntegrationTest
class ProjectStandingTests {

    /**
     * The district's projects as ReportQueries counted them before V91 (and a town's still are): every project's statuses.
     * Parameters: b, a (operating), c (the status on the report's day), b, a (active).
     */
    static final String RAW_DISTRICT = """
            with s as (select project_id,
                              bool_or(status = 'OPERATING' and from_date <= ? and (to_date is null or to_date > ?)) as operating,
                              (array_agg(status order by seq desc) filter (where from_date <= ?))[1] as status_then,
                              bool_or(status in ('BUILDING', 'OPERATING') and from_date <= ? and (to_date is null or to_date > ?)) as active
                       from report_project_status group by project_id),
            p as materialized (select p.*, v.town_id as unit from report_project p join report_village v on v.village_id = p.village_id)
            select p.unit, p.category_id, p.category_name_zh, p.category_name_en, p.category_sort_order, coalesce(s.status_then, p.status),
                   count(*), count(*) filter (where p.key_supervised), count(*) filter (where s.operating), coalesce(sum(p.investment_wan), 0),
                   coalesce(sum(p.land_mu), 0), coalesce(sum(p.income_per_village * (1 + p.partner_count)), 0), grouping(p.unit),
                   grouping(p.category_id)
            from p join s on s.project_id = p.project_id where s.active
            group by grouping sets ((p.unit, coalesce(s.status_then, p.status)),
                                    (p.category_id, p.category_name_zh, p.category_name_en, p.category_sort_order, coalesce(s.status_then, p.status)))
            """;

    /** Periods (first day, last day, the report's day in it) across the demo's years, as reports ask for them. */
    static final List<LocalDate[]> PERIODS = List.of(
            days("2021-01-01", "2021-12-31", "2021-12-31"), days("2022-01-01", "2022-12-31", "2022-12-31"),
            days("2023-01-01", "2023-12-31", "2023-12-31"), days("2024-01-01", "2024-12-31", "2024-12-31"),
            days("2023-01-01", "2023-03-31", "2023-03-31"), days("2023-04-01", "2023-06-30", "2023-06-30"),
            days("2023-07-01", "2023-09-30", "2023-09-30"), days("2023-10-01", "2023-12-31", "2023-12-31"),
            days("2023-06-01", "2023-06-30", "2023-06-30"), days("2022-07-15", "2024-03-10", "2024-03-10"),
            // a period that goes on after today: its report's day is today, inside it
            days("2023-01-01", "2023-12-31", "2023-06-15"), days("2022-01-01", "2024-12-31", "2023-02-01"),
            days("2023-04-01", "2023-06-30", "2023-04-01"), days("2030-01-01", "2030-12-31", "2030-06-30"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ReportQueries queries;

    static LocalDate[] days(String from, String to, String on) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to), LocalDate.parse(on)};
    }

    long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** The rows of a statement as text, sorted, their amounts without trailing zeros. */
    List<String> rows(String sql, Object... args) {
        return jdbc.query(sql, (rs, n) -> {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object v = rs.getObject(i);
                values.add(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(v));
            }
            return String.join("|", values);
        }, args).stream().sorted().toList();
    }

    /** What the kept rows differ in from the statement over every project on each period, and from a recomputation. */
    List<String> differences() {
        List<String> found = new ArrayList<>();
        for (LocalDate[] p : PERIODS) {
            Date a = Date.valueOf(p[0]);
            Date b = Date.valueOf(p[1]);
            Date c = Date.valueOf(p[2]);
            List<String> raw = rows(RAW_DISTRICT, b, a, c, b, a);
            List<String> kept = rows(ReportQueries.DISTRICT_PROJECTS, c, a, c, c, b, c, a, c, c, b);
            if (!raw.equals(kept)) {
                found.add(p[0] + ".." + p[1] + " on " + p[2] + ": counted " + raw + ", kept " + kept);
            }
        }
        List<String> standing = rows("select * from report_project_standing");
        List<String> edges = rows("select * from report_project_edge");
        jdbc.execute("savepoint recomputed");
        jdbc.execute("select report_project_standing_fill(array(select id from town))");
        if (!standing.equals(rows("select * from report_project_standing"))) {
            found.add("the standing rows differ from a recomputation");
        }
        if (!edges.equals(rows("select * from report_project_edge"))) {
            found.add("the edge rows differ from a recomputation");
        }
        jdbc.execute("rollback to savepoint recomputed");
        return found;
    }

    /** Runs the changes and checks the kept figures after them, inside one transaction that is rolled back. */
    void afterChanges(String what, Runnable changes) {
        tx.executeWithoutResult(status -> {
            changes.run();
            assertThat(differences()).as("kept projects after " + what).isEmpty();
            status.setRollbackOnly();
        });
    }

    /** A project that was OPERATING in 2023, and a village of another town than its lead village's. */
    long operatingProject() {
        return id("select min(project_id) from report_project_status where status = 'OPERATING' and from_date <= '2023-06-30' "
                + "and (to_date is null or to_date > '2023-06-30')");
    }

    long villageOfAnotherTown(long project) {
        return id("select min(v.id) from village v where v.town_id <> (select w.town_id from project p join village w on w.id = p.lead_village_id "
                + "where p.id = ?)", project);
    }

    void change(long project, String from, String to, String on) {
        jdbc.update("insert into project_status_change (project_id, from_status, to_status, changed_on, reason, author) "
                + "values (?, ?, ?, ?::date, 'test', 'test')", project, from, to, on);
        jdbc.update("update project set status = ? where id = ?", to, project);
    }

    @Test
    void theDemoDistrictsKeptProjectsAreThoseCountedFromEveryProject() {
        assertThat(jdbc.queryForObject("select count(*) from report_project_standing", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from report_project_edge", Long.class)).isPositive();
        assertThat(rows(RAW_DISTRICT, Date.valueOf("2023-12-31"), Date.valueOf("2023-01-01"), Date.valueOf("2023-12-31"),
                Date.valueOf("2023-12-31"), Date.valueOf("2023-01-01"))).isNotEmpty();
        tx.executeWithoutResult(status -> assertThat(differences()).isEmpty());
    }

    @Test
    void statusChangesKeepTheFiguresRight() {
        afterChanges("status changes", () -> {
            long project = operatingProject();
            change(project, "OPERATING", "SUSPENDED", "2023-05-10");
            assertThat(differences()).as("after a suspension").isEmpty();
            change(project, "SUSPENDED", "OPERATING", "2023-09-01");
            assertThat(differences()).as("after it operated again").isEmpty();
            // two changes on one day: a BUILDING interval of no days, which the statement over every project counts
            long other = id("select min(id) from project where id <> ?", project);
            change(other, jdbc.queryForObject("select status from project where id = ?", String.class, other), "BUILDING", "2023-08-08");
            change(other, "BUILDING", "SUSPENDED", "2023-08-08");
            assertThat(differences()).as("after two changes on one day").isEmpty();
            jdbc.update("update project_status_change set changed_on = changed_on - 400 where project_id = ?", project);
            assertThat(differences()).as("after changes were redated").isEmpty();
            jdbc.update("delete from project_status_change where id = (select max(id) from project_status_change where project_id = ?)", project);
            assertThat(differences()).as("after a change was deleted").isEmpty();
            jdbc.update("update project_status_change set changed_on = changed_on + 30 where id % 4 = 0");
            assertThat(differences()).as("after many changes were redated at once").isEmpty();
        });
    }

    @Test
    void projectsMovedRecategorisedRefiguredInsertedAndDeletedKeepTheFiguresRight() {
        afterChanges("projects changed", () -> {
            long project = operatingProject();
            jdbc.update("update project set lead_village_id = ? where id = ?", villageOfAnotherTown(project), project);
            assertThat(differences()).as("after a project moved to another town").isEmpty();
            jdbc.update("update project set category_id = (select max(id) from project_category where id <> project.category_id) where id = ?",
                    project);
            assertThat(differences()).as("after its category changed").isEmpty();
            jdbc.update("update project set investment_wan = coalesce(investment_wan, 0) + 100, land_mu = null, key_supervised = not key_supervised, "
                    + "income_per_village = 12.5 where id = ?", project);
            assertThat(differences()).as("after its figures changed").isEmpty();
            jdbc.update("insert into project_partner (project_id, village_id, role) values (?, ?, 'PARTNER')", project, villageOfAnotherTown(project));
            assertThat(differences()).as("after a partner joined").isEmpty();
            jdbc.update("delete from project_partner where project_id = ?", project);
            assertThat(differences()).as("after its partners left").isEmpty();
            long added = id("insert into project (name, category_id, lead_village_id, cooperation_model, status, started_on, investment_wan) "
                    + "select '测试项目', category_id, lead_village_id, cooperation_model, 'BUILDING', '2023-03-03', 50 from project where id = ? "
                    + "returning id", project);
            assertThat(differences()).as("after a project without changes was inserted").isEmpty();
            jdbc.update("update project set status = 'OPERATING', started_on = '2022-02-02' where id = ?", added);
            assertThat(differences()).as("after its status and start changed").isEmpty();
            jdbc.update("delete from project where id = ?", project);
            assertThat(differences()).as("after a project was deleted").isEmpty();
            long village = id("select lead_village_id from project where id = ?", added);
            jdbc.update("update village set town_id = (select min(id) from town where id <> village.town_id) where id = ?", village);
            assertThat(differences()).as("after a village moved to another town").isEmpty();
        });
    }

    /**
     * The comparison finds what a write leaves behind when a trigger does not run, and report_rollups_rebuild() (which
     * a bulk load with the triggers off calls at its end) repairs it.
     */
    @Test
    void aWriteWithoutTheTriggerIsFoundAndTheRebuildRepairsIt() {
        tx.executeWithoutResult(status -> {
            jdbc.execute("alter table project_status_change disable trigger report_project_standing_insert");
            // the change alone (the project's status updated too would refresh its town through the project's trigger)
            jdbc.update("insert into project_status_change (project_id, from_status, to_status, changed_on, reason, author) "
                    + "values (?, 'OPERATING', 'SUSPENDED', '2023-02-01', 'test', 'test')", operatingProject());
            assertThat(differences()).as("the drift the rebuild must repair").isNotEmpty();
            jdbc.execute("select report_rollups_rebuild()");
            assertThat(differences()).as("kept projects after the rebuild").isEmpty();
            assertThat(jdbc.queryForList(ReportRollupTests.DIFFERENCES, String.class)).as("rollups after the rebuild").isEmpty();
            status.setRollbackOnly();
        });
    }

    /**
     * The district summary's projects (its towns' figures, the district's and the rows per category) are those of the
     * statement over every project, on a year, a quarter and a year still going on; a period after today reads that
     * statement itself.
     */
    @Test
    void theDistrictSummarysProjectsAreThoseCountedFromEveryProject() {
        tx.executeWithoutResult(status -> {
            assertDistrictProjectsAsCounted(days("2023-01-01", "2023-12-31", "2023-12-31"));
            assertDistrictProjectsAsCounted(days("2023-04-01", "2023-06-30", "2023-06-30"));
            change(operatingProject(), "OPERATING", "FINISHED", "2023-05-20");
            assertDistrictProjectsAsCounted(days("2023-04-01", "2023-06-30", "2023-06-30"));
            assertDistrictProjectsAsCounted(days("2023-01-01", "2023-12-31", "2023-03-15"));
            assertDistrictProjectsAsCounted(days("2030-01-01", "2030-12-31", "2026-01-01"));
            status.setRollbackOnly();
        });
    }

    void assertDistrictProjectsAsCounted(LocalDate[] p) {
        Map<Long, Report.Unit> units = new LinkedHashMap<>();
        jdbc.query("select id, name from town", rs -> {
            units.put(rs.getLong(1), new Report.Unit(rs.getLong(1), rs.getString(2), new Figures()));
        });
        Figures total = new Figures();
        List<Report.ProjectRow> rows = queries.projects(queries.district(), new Period(p[0], p[1], "period.range", new Object[0], true), p[2],
                units, total);
        Map<String, List<Object>> kept = new LinkedHashMap<>();
        units.values().forEach(unit -> kept.put("town " + unit.id(), figures(unit.figures())));
        kept.put("district", figures(total));
        rows.forEach(row -> kept.put("category " + row.categoryId(), List.of(row.byStatus().toString(), row.count(), row.keySupervised(),
                amount(row.investment()), amount(row.land()), amount(row.income()))));
        Map<String, List<Object>> counted = new LinkedHashMap<>();
        units.values().forEach(unit -> counted.put("town " + unit.id(), figures(new Figures())));
        Figures district = new Figures();
        Map<Long, Report.Unit> byTown = new LinkedHashMap<>();
        units.keySet().forEach(town -> byTown.put(town, new Report.Unit(town, "", new Figures())));
        Map<Long, Report.ProjectRow> categories = new LinkedHashMap<>();
        jdbc.query(RAW_DISTRICT + " order by p.category_sort_order", rs -> {
            Figures figures = rs.getInt(14) == 1 ? byTown.get(rs.getLong(1)).figures() : district;
            figures.add(Figure.PROJECTS_ACTIVE, rs.getLong(7));
            figures.add(Figure.KEY_SUPERVISED, rs.getLong(8));
            figures.add(Figure.PROJECTS_OPERATING, rs.getLong(9));
            figures.add(Figure.INVESTMENT, rs.getBigDecimal(10));
            figures.add(Figure.LAND, rs.getBigDecimal(11));
            figures.add(Figure.INCOME, rs.getBigDecimal(12));
            if (rs.getInt(14) == 0) {
                Report.ProjectRow row = categories.computeIfAbsent(rs.getLong(2), id -> new Report.ProjectRow(id, "", "",
                        new EnumMap<>(ProjectStatus.class), 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
                row.byStatus().merge(ProjectStatus.valueOf(rs.getString(6)), rs.getLong(7), Long::sum);
                categories.put(row.categoryId(), new Report.ProjectRow(row.categoryId(), "", "", row.byStatus(), row.count() + rs.getLong(7),
                        row.keySupervised() + rs.getLong(8), row.investment().add(rs.getBigDecimal(10)), row.land().add(rs.getBigDecimal(11)),
                        row.income().add(rs.getBigDecimal(12))));
            }
        }, Date.valueOf(p[1]), Date.valueOf(p[0]), Date.valueOf(p[2]), Date.valueOf(p[1]), Date.valueOf(p[0]));
        byTown.forEach((town, unit) -> counted.put("town " + town, figures(unit.figures())));
        counted.put("district", figures(district));
        categories.values().forEach(row -> counted.put("category " + row.categoryId(), List.of(row.byStatus().toString(), row.count(),
                row.keySupervised(), amount(row.investment()), amount(row.land()), amount(row.income()))));
        assertThat(kept).as("the district's projects in " + p[0] + ".." + p[1] + " on " + p[2]).isEqualTo(counted);
    }

    static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static List<Object> figures(Figures figures) {
        return new ArrayList<>(List.of(figures.count(Figure.PROJECTS_ACTIVE), figures.count(Figure.KEY_SUPERVISED),
                figures.count(Figure.PROJECTS_OPERATING), String.valueOf(figures.get(Figure.INVESTMENT)), String.valueOf(figures.get(Figure.LAND)),
                String.valueOf(figures.get(Figure.INCOME))));
    }
}
