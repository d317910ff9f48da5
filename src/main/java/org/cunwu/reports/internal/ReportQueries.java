package org.cunwu.reports.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cunwu.projects.ProjectStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The aggregate queries behind every report, over the read-only {@code report_*} views (V9). Each query groups by
 * the report's unit and, with a grouping set, by the whole scope in the same statement, so that a distinct count
 * (a task in two towns, a cadre with two posts) is right at both levels. Nothing here loops over villages.
 */
@Repository
class ReportQueries {

    /** A row of a grouping-set query: its unit, or null for the scope's total. */
    private record Keyed<T>(Long unit, T value) {
    }

    private final JdbcTemplate jdbc;

    ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Plans this transaction's queries for their own dates: after five runs PostgreSQL would otherwise reuse a generic
     * plan of a prepared statement, which over the report views is several times slower than a plan for the period.
     */
    void planForTheirDates() {
        jdbc.execute("set local plan_cache_mode = force_custom_plan");
    }

    /** The scope of a town report, or empty when there is no such town. */
    Optional<ReportScope> town(Long townId) {
        return jdbc.query("select town_id, town_name, district_name from report_village where town_id = ? limit 1",
                (rs, n) -> new ReportScope(ReportScope.Level.TOWN, rs.getLong(1), rs.getString(2), rs.getLong(1), rs.getString(2),
                        rs.getString(3)), townId).stream().findFirst();
    }

    /** The scope of a village report, or empty when there is no such village. */
    Optional<ReportScope> village(Long villageId) {
        return jdbc.query("select village_id, village_name, town_id, town_name, district_name from report_village where village_id = ?",
                (rs, n) -> new ReportScope(ReportScope.Level.VILLAGE, rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5)), villageId).stream().findFirst();
    }

    ReportScope district() {
        String name = jdbc.query("select name from district order by id limit 1", (rs, n) -> rs.getString(1)).stream().findFirst()
                .orElse("");
        return new ReportScope(ReportScope.Level.DISTRICT, null, name, null, null, name);
    }

    /** The report's unit column: the town for a district report, the village otherwise. */
    private static String unit(ReportScope scope) {
        return scope.district() ? "v.town_id" : "v.village_id";
    }

    /** The condition on report_village v that keeps a query inside the scope (the district keeps everything). */
    private static String where(ReportScope scope) {
        return switch (scope.level()) {
            case DISTRICT -> "";
            case TOWN -> " and v.town_id = " + scope.id();
            case VILLAGE -> " and v.village_id = " + scope.id();
        };
    }

    /**
     * For a town or a village: the condition that keeps the facts to its villages, named by id so that PostgreSQL can
     * push it into each branch of the report_event view and read the (village, day) indexes instead of the whole
     * period of the district. A town's villages are the units {@link #villages} found.
     */
    private static String villagesOf(ReportScope scope, Set<Long> townVillages, String column) {
        return switch (scope.level()) {
            case DISTRICT -> "";
            case TOWN -> townVillages.isEmpty() ? " and false" : " and " + column + " in ("
                    + townVillages.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
            case VILLAGE -> " and " + column + " = " + scope.id();
        };
    }

    /**
     * The units of the scope with their villages, communities and 后进 villages as of a day (those established by then
     * and not yet dissolved), filling each unit's and the total's. The units are those with a village that existed at
     * some time in the period, so a past period lists neither a village established after it nor one dissolved before.
     */
    void villages(ReportScope scope, Period period, LocalDate asOf, Map<Long, Report.Unit> units, Figures total) {
        String u = unit(scope);
        String name = scope.district() ? "v.town_name" : "v.village_name";
        String order = scope.district() ? "min(v.town_code)" : "min(v.village_code)";
        String exists = "(v.established_on is null or v.established_on <= ?) and (v.dissolved_on is null or v.dissolved_on > ?)";
        jdbc.query("select " + u + ", " + name + ", count(*) filter (where " + exists + "), "
                + "count(*) filter (where " + exists + " and v.kind = 'COMMUNITY'), "
                + "count(*) filter (where " + exists + " and v.rectification), grouping(" + u + ") from report_village v "
                + "where (v.established_on is null or v.established_on <= ?) and (v.dissolved_on is null or v.dissolved_on > ?)" + where(scope)
                + " group by grouping sets ((" + u + ", " + name + "), ()) order by grouping(" + u + "), " + order, rs -> {
                    Figures figures;
                    if (rs.getInt(6) == 1) {
                        figures = total;
                    } else {
                        figures = new Figures();
                        units.put(rs.getLong(1), new Report.Unit(rs.getLong(1), rs.getString(2), figures));
                    }
                    figures.set(Figure.VILLAGES, rs.getLong(3));
                    figures.set(Figure.COMMUNITIES, rs.getLong(4));
                    figures.set(Figure.RECTIFICATION_VILLAGES, rs.getLong(5));
                }, Date.valueOf(asOf), Date.valueOf(asOf), Date.valueOf(asOf), Date.valueOf(asOf), Date.valueOf(asOf), Date.valueOf(asOf),
                Date.valueOf(period.to()), Date.valueOf(period.from()));
    }

    /**
     * Whether a report reads the facts of its period from the town-and-month rollups (V80) instead of report_event: a
     * district report (its unit is the town) of whole months.
     */
    private static boolean fromRollup(ReportScope scope, Period period) {
        return scope.district() && period.wholeMonths();
    }

    /** Campaign tasks and zone plans, counted distinct per unit and for the scope (a task of two towns counts once). */
    private static String tasksAndZones(String u, String inScope) {
        return "select e.fact, " + u + ", null, null, count(distinct e.subject_id), 0, 0, grouping(" + u + ") "
                + "from report_event e left join report_village v on v.village_id = e.village_id "
                + "where e.on_date between ? and ? and e.fact in ('TASK_COMPLETED', 'ZONE_PLAN')" + inScope
                + " group by grouping sets ((e.fact, " + u + "), (e.fact))";
    }

    /**
     * The dated facts of the period (report_event) per unit and for the scope; returns the problems per category.
     * Facts without a village (advisers) count for the district only.
     */
    Map<Long, long[]> events(ReportScope scope, Period period, LocalDate today, Map<Long, Report.Unit> units, Figures total) {
        String u = unit(scope);
        Map<Long, long[]> perCategory = new LinkedHashMap<>();
        String inScope = (scope.district() ? "" : " and e.village_id is not null") + where(scope);
        RowCallbackHandler handler = rs -> {
            boolean isTotal = rs.getInt(8) == 1;
            Figures figures = isTotal ? total : unitFigures(units, rs.getObject(2, Long.class));
            if (figures == null) {
                return; // a fact without a village, in the per-unit grouping: counted in the total only
            }
            String fact = rs.getString(1);
            String state = rs.getString(4);
            long count = rs.getLong(5);
            switch (fact) {
                case "CADRE_ADJUSTED" -> figures.add(Figure.CADRES_ADJUSTED, count);
                case "NEW_OPERATING" -> {
                    figures.add(Figure.NEW_OPERATING, count);
                    if ("RECTIFIED".equals(state)) {
                        figures.add(Figure.NEW_OPERATING_RECTIFIED, count);
                    }
                }
                case "PROBLEM_RAISED" -> {
                    figures.add(Figure.PROBLEMS_RAISED, count);
                    if ("PETITION".equals(state)) {
                        figures.add(Figure.PETITIONS_RAISED, count);
                    }
                    if (isTotal) {
                        perCategory.computeIfAbsent(rs.getLong(3), id -> new long[2])[0] += count;
                    }
                }
                case "PROBLEM_RESOLVED" -> {
                    figures.add(Figure.PROBLEMS_RESOLVED, count);
                    if ("PETITION".equals(state)) {
                        figures.add(Figure.PETITIONS_RESOLVED, count);
                    }
                    if (isTotal) {
                        perCategory.computeIfAbsent(rs.getLong(3), id -> new long[2])[1] += count;
                    }
                }
                case "RECEPTION" -> {
                    figures.add(Figure.RECEPTIONS, count);
                    figures.add(Figure.RECEPTION_PEOPLE, rs.getBigDecimal(7));
                }
                case "COMMITMENT" -> {
                    figures.add(Figure.COMMITMENTS, count);
                    if ("FULFILLED".equals(state)) {
                        figures.add(Figure.COMMITMENTS_FULFILLED, count);
                    }
                    figures.add(Figure.COMMITMENTS_OVERDUE, rs.getLong(6));
                }
                case "TALENT_RETURNED" -> figures.add(Figure.RETURNED_TALENTS, count);
                case "ADVISER" -> figures.add(Figure.ADVISERS, count);
                case "PARTNER_PROJECT" -> figures.add(Figure.PARTNER_PROJECTS, count);
                case "TASK_COMPLETED" -> figures.add(Figure.TASKS_COMPLETED, count);
                case "ZONE_PLAN" -> figures.add(Figure.ZONE_PLANS, count);
                default -> { } // COMMITMENT_FULFILLED is for the monthly trend only
            }
        };
        if (fromRollup(scope, period)) {
            // The rollup's rows per town and month, summed over the period's months (its due days give the overdue)
            jdbc.query("select fact, town_id, category_id, state, sum(n), coalesce(sum(n) filter (where due_on < ?), 0), "
                    + "coalesce(sum(amount), 0), grouping(town_id) from report_event_month where month between ? and ? "
                    + "group by grouping sets ((fact, town_id, category_id, state), (fact, category_id, state)) "
                    + "union all " + tasksAndZones(u, inScope), handler, Date.valueOf(today), Date.valueOf(period.from()),
                    Date.valueOf(period.to()), Date.valueOf(period.from()), Date.valueOf(period.to()));
            return perCategory;
        }
        // Facts of one row per record are counted per village first (a hash aggregate), then rolled up to the units and
        // the scope; facts of several villages per record (a task, a zone) are counted distinct in the same statement.
        jdbc.query("select e.fact, " + u + ", e.category_id, e.state, sum(e.n), sum(e.overdue), coalesce(sum(e.amount), 0), grouping(" + u + ") "
                + "from (select fact, village_id, category_id, state, count(*) as n, "
                + "count(*) filter (where state in ('PLEDGED', 'IN_PROGRESS') and due_on < ?) as overdue, sum(amount) as amount "
                + "from report_event where on_date between ? and ? and fact not in ('TASK_COMPLETED', 'ZONE_PLAN')" + villagesOf(scope, units.keySet(), "village_id")
                + " group by 1, 2, 3, 4) e "
                + "left join report_village v on v.village_id = e.village_id where true" + inScope
                + " group by grouping sets ((e.fact, " + u + ", e.category_id, e.state), (e.fact, e.category_id, e.state)) "
                + "union all " + tasksAndZones(u, inScope), handler, Date.valueOf(today), Date.valueOf(period.from()), Date.valueOf(period.to()),
                Date.valueOf(period.from()), Date.valueOf(period.to()));
        return perCategory;
    }

    private static Figures unitFigures(Map<Long, Report.Unit> units, Long unit) {
        Report.Unit found = unit == null ? null : units.get(unit);
        return found == null ? null : found.figures();
    }

    /** The median days from raised to resolved of the problems resolved in the period, per unit and for the scope. */
    void medians(ReportScope scope, Period period, Map<Long, Report.Unit> units, Figures total) {
        String u = unit(scope);
        String sql = "select " + u + ", percentile_cont(0.5) within group (order by e.days), grouping(" + u + ") "
                + "from report_event e join report_village v on v.village_id = e.village_id "
                + "where e.fact = 'PROBLEM_RESOLVED' and e.on_date between ? and ?" + villagesOf(scope, units.keySet(), "e.village_id") + where(scope)
                + " group by grouping sets ((" + u + "), ())";
        if (fromRollup(scope, period)) {
            // percentile_cont(0.5) from the histogram of days: of n sorted values the (n-1)/2-th (0-based), or the two
            // around it interpolated, as PostgreSQL computes it (in double precision), so the figures are the same
            sql = "with h as (select town_id, days, sum(n) as n, grouping(town_id) as g from report_resolved_days_month "
                    + "where month between ? and ? and town_id is not null group by grouping sets ((town_id, days), (days))), "
                    + "c as (select town_id, g, days, sum(n) over (partition by g, town_id order by days) as upto, "
                    + "(sum(n) over (partition by g, town_id) - 1) / 2.0 as middle from h), "
                    + "m as (select town_id, g, middle, min(days) filter (where upto > floor(middle)) as lo, "
                    + "min(days) filter (where upto > ceil(middle)) as hi from c group by g, town_id, middle) "
                    + "select town_id, lo::float8 + (hi - lo)::float8 * (middle - floor(middle))::float8, g from m";
        }
        jdbc.query(sql, rs -> {
            Figures figures = rs.getInt(3) == 1 ? total : unitFigures(units, rs.getLong(1));
            if (figures != null) {
                figures.set(Figure.MEDIAN_DAYS, rs.getBigDecimal(2));
            }
        }, Date.valueOf(period.from()), Date.valueOf(period.to()));
    }

    /** The cadres holding posts on a day, per unit and post; returns the rows per post for the scope. */
    List<Report.PostRow> posts(ReportScope scope, LocalDate on, Map<Long, Report.Unit> units, Figures total) {
        String u = unit(scope);
        String post = "p.post_type_id, p.post_name_zh, p.post_name_en, p.post_sort_order";
        List<Report.PostRow> rows = new ArrayList<>();
        String sql = scope.district() ? DISTRICT_POSTS : "select " + u + ", " + post + ", count(distinct p.post_id), count(distinct p.person_id) filter (where p.secretary_or_deputy), "
                + "count(distinct p.person_id) filter (where p.secretary_or_deputy and p.nineties), "
                + "count(distinct p.person_id) filter (where p.secretary_or_deputy and p.nineties and p.in_cohort), "
                + "grouping(" + u + "), grouping(p.post_type_id) "
                + "from report_post p join report_village v on v.village_id = p.village_id "
                + "where p.from_date <= ? and (p.to_date is null or p.to_date >= ?)" + where(scope)
                + " group by grouping sets ((" + u + "), (" + post + "), ()) order by p.post_sort_order";
        jdbc.query(sql, rs -> {
                    boolean perPost = rs.getInt(11) == 0;
                    if (perPost) {
                        rows.add(new Report.PostRow(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(6), rs.getLong(8)));
                        return;
                    }
                    Figures figures = rs.getInt(10) == 1 ? total : unitFigures(units, rs.getLong(1));
                    if (figures != null) {
                        figures.set(Figure.CURRENT_CADRES, rs.getLong(6));
                        figures.set(Figure.SECRETARIES_DEPUTIES, rs.getLong(7));
                        figures.set(Figure.NINETIES_SECRETARIES_DEPUTIES, rs.getLong(8));
                        figures.set(Figure.NINETIES_IN_COHORTS, rs.getLong(9));
                    }
                }, scope.district() ? new Object[] {Date.valueOf(on), Date.valueOf(on), Date.valueOf(on)} : new Object[] {Date.valueOf(on), Date.valueOf(on)});
        return rows;
    }

    /**
     * {@link #posts} of the district, from the towns' standing figures (V90) instead of every post: the towns' rows
     * holding on the day, the post types' and the district's their sums, less the people counted in more than one
     * town (report_post_multi_town), whose posts on the day are read here. The columns are those of the grouping-set
     * query of a town or a village.
     */
    private static final String DISTRICT_POSTS = """
            with s as (select town_id, post_type_id, posts, holders, nineties, in_cohort from report_post_standing
                       where daterange(from_date, to_date) @> ?::date),
            m as (select p.person_id, p.post_type_id, v.town_id, p.nineties, p.nineties and p.in_cohort as in_cohort
                  from report_post_multi_town mt
                  cross join lateral (select * from report_post p where p.person_id = mt.person_id and p.secretary_or_deputy
                                      and p.from_date <= ? and (p.to_date is null or p.to_date >= ?)) p
                  join village v on v.id = p.village_id),
            extra as (select null::bigint as post_type_id, count(distinct town_id) - 1 as k, bool_or(nineties) as nineties,
                             bool_or(in_cohort) as in_cohort from m group by person_id
                      union all
                      select post_type_id, count(distinct town_id) - 1, bool_or(nineties), bool_or(in_cohort) from m
                      group by person_id, post_type_id),
            x as (select post_type_id, sum(k) as holders, coalesce(sum(k) filter (where nineties), 0) as nineties,
                         coalesce(sum(k) filter (where in_cohort), 0) as in_cohort from extra group by post_type_id),
            t as (select post_type_id, sum(posts) as posts, sum(holders) as holders, sum(nineties) as nineties,
                         sum(in_cohort) as in_cohort from s group by post_type_id)
            select s.town_id, null::bigint, null, null, null::int, s.posts, s.holders, s.nineties, s.in_cohort, 0, 1
            from s where s.post_type_id is null
            union all
            select null, pt.id, pt.name_zh, pt.name_en, pt.sort_order, t.posts, t.holders - coalesce(x.holders, 0),
                   t.nineties - coalesce(x.nineties, 0), t.in_cohort - coalesce(x.in_cohort, 0), 1, 0
            from t join post_type pt on pt.id = t.post_type_id left join x on x.post_type_id = t.post_type_id
            union all
            select null, null, null, null, null, coalesce(t.posts, 0), coalesce(t.holders, 0) - coalesce(x.holders, 0),
                   coalesce(t.nineties, 0) - coalesce(x.nineties, 0), coalesce(t.in_cohort, 0) - coalesce(x.in_cohort, 0), 1, 1
            from (select 1) one left join t on t.post_type_id is null left join x on x.post_type_id is null
            order by 11, 5, 2""";

    /**
     * {@link #projects} of the district, from the towns' kept figures (V91) instead of every project's statuses: the
     * projects BUILDING or OPERATING on the report's day c (report_project_standing, per town and category), and the
     * projects in another status that day (or BUILDING, for their operating) whose last such interval before it ended in
     * (a, c] or whose first after it starts in (c, b] (report_project_edge), for a period [a, b] holding c. The columns
     * are those of the statement of a town or a village (ProjectStandingTests compares them with the district's statement
     * over every project). Parameters: c; a, c, c, b (operated); c; a, c, c, b (counted).
     */
    static final String DISTRICT_PROJECTS = """
            with steps as (select * from report_project_standing where daterange(from_date, to_date) @> ?::date),
            e as (select town_id, category_id, status, in_steps, key_supervised, investment_wan, land_mu, income,
                         coalesce(operating_before > ?::date and operating_before <= ?::date, false)
                         or coalesce(operating_after > ?::date and operating_after <= ?::date, false) as operated
                  from report_project_edge
                  where daterange(from_date, to_date) @> ?::date
                    and (active_before > ?::date and active_before <= ?::date or active_after > ?::date and active_after <= ?::date)),
            u as (select town_id, category_id, 'BUILDING' as status, building as n, building_key as k, 0 as o,
                         building_investment as investment, building_land as land, building_income as income from steps
                  union all
                  select town_id, category_id, 'OPERATING', operating, operating_key, operating, operating_investment, operating_land,
                         operating_income from steps
                  union all
                  select town_id, category_id, status, case when in_steps then 0 else 1 end,
                         case when not in_steps and key_supervised then 1 else 0 end, case when operated then 1 else 0 end,
                         case when not in_steps then investment_wan end, case when not in_steps then land_mu end,
                         case when not in_steps then income end from e)
            select u.town_id, c.id, c.name_zh, c.name_en, c.sort_order, u.status, sum(u.n), sum(u.k), sum(u.o),
                   coalesce(sum(u.investment), 0), coalesce(sum(u.land), 0), coalesce(sum(u.income), 0), grouping(u.town_id), grouping(c.id)
            from u join project_category c on c.id = u.category_id
            group by grouping sets ((u.town_id, u.status), (c.id, c.name_zh, c.name_en, c.sort_order, u.status))
            having sum(u.n) > 0
            order by c.sort_order""";

    /**
     * The industry projects 在建和运营 in the period, per unit and per category: those with a BUILDING or OPERATING
     * status at some time in it (report_project_status), whatever their dates say, so that a planned or a suspended
     * project is not counted; of them, those operating at some time in it. Each is tabled in its status on the
     * report's day.
     */
    List<Report.ProjectRow> projects(ReportScope scope, Period period, LocalDate asOf, Map<Long, Report.Unit> units, Figures total) {
        Map<Long, Report.ProjectRow> rows = new LinkedHashMap<>();
        RowCallbackHandler handler = rs -> addProjectRow(rs, units, total, rows);
        if (scope.district() && !asOf.isBefore(period.from())) {
            Date from = Date.valueOf(period.from());
            Date to = Date.valueOf(period.to());
            Date on = Date.valueOf(asOf);
            jdbc.query(DISTRICT_PROJECTS, handler, on, from, on, on, to, on, from, on, on, to);
            return List.copyOf(rows.values());
        }
        String category = "p.category_id, p.category_name_zh, p.category_name_en, p.category_sort_order";
        String status = "coalesce(s.status_then, p.status)";
        String overlaps = "from_date <= ? and (to_date is null or to_date > ?)";
        String statuses = "bool_or(status = 'OPERATING' and " + overlaps + ") as operating, "
                + "(array_agg(status order by seq desc) filter (where from_date <= ?))[1] as status_then, "
                + "bool_or(status in ('BUILDING', 'OPERATING') and " + overlaps + ") as active from report_project_status";
        String projects = "select p.*, " + unit(scope) + " as unit from report_project p join report_village v on v.village_id = p.village_id "
                + "where true" + where(scope);
        // The district reads every project's statuses at once (a hash join; its projects are materialised with their unit,
        // since PostgreSQL cannot estimate how many projects the statuses keep and would otherwise compare every town with
        // every project: 165 s at province scale). A town or a village reads only its own projects' statuses, one index
        // lookup each (the project is the window's partition, so the condition reaches report_project_status's branches).
        String from = scope.district()
                ? "with s as (select project_id, " + statuses + " group by project_id), p as materialized (" + projects + ") "
                        + "select %s from p join s on s.project_id = p.project_id where s.active"
                : "with p as (" + projects + ") select %s from p cross join lateral (select " + statuses
                        + " st where st.project_id = p.project_id) s where s.active";
        String u = "p.unit";
        jdbc.query(from.formatted(u + ", " + category + ", " + status + ", count(*), count(*) filter (where p.key_supervised), "
                + "count(*) filter (where s.operating), coalesce(sum(p.investment_wan), 0), coalesce(sum(p.land_mu), 0), "
                + "coalesce(sum(p.income_per_village * (1 + p.partner_count)), 0), grouping(" + u + "), grouping(p.category_id)")
                + " group by grouping sets ((" + u + ", " + status + "), (" + category + ", " + status + ")) order by p.category_sort_order",
                handler, Date.valueOf(period.to()), Date.valueOf(period.from()), Date.valueOf(asOf), Date.valueOf(period.to()),
                Date.valueOf(period.from()));
        return List.copyOf(rows.values());
    }

    /** A row of {@link #projects}: a unit's figures in one status, or a category's (which count for the scope too). */
    private static void addProjectRow(ResultSet rs, Map<Long, Report.Unit> units, Figures total, Map<Long, Report.ProjectRow> rows)
            throws SQLException {
        if (rs.getInt(14) == 1) {
            addProjects(unitFigures(units, rs.getLong(1)), rs);
            return;
        }
        addProjects(total, rs);
        Long id = rs.getLong(2);
        Report.ProjectRow row = rows.getOrDefault(id, new Report.ProjectRow(id, rs.getString(3), rs.getString(4),
                new EnumMap<>(ProjectStatus.class), 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        row.byStatus().merge(ProjectStatus.valueOf(rs.getString(6)), rs.getLong(7), Long::sum);
        rows.put(id, new Report.ProjectRow(id, row.nameZh(), row.nameEn(), row.byStatus(), row.count() + rs.getLong(7),
                row.keySupervised() + rs.getLong(8), row.investment().add(rs.getBigDecimal(10)),
                row.land().add(rs.getBigDecimal(11)), row.income().add(rs.getBigDecimal(12))));
    }

    private static void addProjects(Figures figures, ResultSet rs) throws SQLException {
        if (figures == null) {
            return;
        }
        figures.add(Figure.PROJECTS_ACTIVE, rs.getLong(7));
        figures.add(Figure.KEY_SUPERVISED, rs.getLong(8));
        figures.add(Figure.PROJECTS_OPERATING, rs.getLong(9));
        figures.add(Figure.INVESTMENT, rs.getBigDecimal(10));
        figures.add(Figure.LAND, rs.getBigDecimal(11));
        figures.add(Figure.INCOME, rs.getBigDecimal(12));
    }

    /** How many shared projects a report lists: those with the most villages, then the most land. */
    static final int AGREEMENTS_LISTED = 20;

    /**
     * The projects of the scope running in the period that other villages share (联建), with their partners: the
     * {@value #AGREEMENTS_LISTED} with the most villages, and how many there are in all.
     */
    Report.Agreements agreements(ReportScope scope, Period period) {
        long[] total = {0};
        List<Report.Agreement> listed = jdbc.query("with shared as (select p.project_id, p.name, v.village_name, p.land_mu, p.income_per_village, "
                + "string_agg(pp.village_name, '|' order by pp.village_name) as partners, count(*) as partner_count "
                + "from report_project p join report_village v on v.village_id = p.village_id "
                + "join report_project_partner pp on pp.project_id = p.project_id "
                + "where (p.started_on is null or p.started_on <= ?) and (p.finished_on is null or p.finished_on >= ?)" + where(scope)
                + " group by p.project_id, p.name, v.village_name, p.land_mu, p.income_per_village) "
                + "select *, count(*) over () from shared order by partner_count desc, land_mu desc nulls last, name limit " + AGREEMENTS_LISTED,
                (rs, n) -> {
                    total[0] = rs.getLong(8);
                    return new Report.Agreement(rs.getLong(1), rs.getString(2), rs.getString(3), List.of(rs.getString(6).split("\\|")),
                            rs.getBigDecimal(4), rs.getBigDecimal(5));
                }, Date.valueOf(period.to()), Date.valueOf(period.from()));
        return new Report.Agreements(listed, total[0]);
    }

    /** A village's profile and the cadres holding its posts on a day (two statements, for a village report). */
    Report.Profile profile(Long villageId, LocalDate on) {
        List<Report.Holder> holders = jdbc.query("select post_name_zh, post_name_en, person_name, from_date from report_post "
                + "where village_id = ? and from_date <= ? and (to_date is null or to_date >= ?) order by post_sort_order, from_date",
                (rs, n) -> new Report.Holder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()),
                villageId, Date.valueOf(on), Date.valueOf(on));
        return jdbc.queryForObject("select kind, town_name, population, households, farmland_mu, collective_income, specialties, "
                + "rectification, demonstration from report_village where village_id = ?",
                (rs, n) -> new Report.Profile(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class), rs.getObject(4, Integer.class),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), holders), villageId);
    }

    /** Resident representatives on record, per unit and for the scope. */
    void representatives(ReportScope scope, Map<Long, Report.Unit> units, Figures total) {
        String u = unit(scope);
        jdbc.query("select " + u + ", count(*), grouping(" + u + ") from report_representative r "
                + "join report_village v on v.village_id = r.village_id where true" + where(scope)
                + " group by grouping sets ((" + u + "), ())", rs -> {
                    Figures figures = rs.getInt(3) == 1 ? total : unitFigures(units, rs.getLong(1));
                    if (figures != null) {
                        figures.set(Figure.REPRESENTATIVES, rs.getLong(2));
                    }
                });
    }

    /** The problem categories with the period's counts (raised, resolved) from {@link #events}. */
    List<Report.CategoryRow> problemCategories(Map<Long, long[]> counts) {
        return jdbc.query("select category_id, name_zh, name_en from report_problem_category order by sort_order, code", (rs, n) -> {
            long[] c = counts.getOrDefault(rs.getLong(1), new long[2]);
            return new Report.CategoryRow(rs.getLong(1), rs.getString(2), rs.getString(3), c[0], c[1]);
        });
    }

    /**
     * The latest year up to a day in which the scope's villages (a town's are given) have a problem, a reception or a
     * public commitment, or null; one index entry per table (report_record_day).
     */
    Integer latestYearWithRecords(ReportScope scope, Set<Long> townVillages, LocalDate upTo) {
        return jdbc.queryForObject("select extract(year from max(on_date))::int from report_record_day where on_date <= ?"
                + villagesOf(scope, townVillages, "village_id"), Integer.class, Date.valueOf(upTo));
    }

    /** The latest day up to {@code upTo} on which a village has a problem, a reception or a public commitment, or null. */
    LocalDate latestDayWithRecords(Long villageId, LocalDate upTo) {
        Date day = jdbc.queryForObject("select max(on_date) from report_record_day where on_date <= ? and village_id = ?", Date.class,
                Date.valueOf(upTo), villageId);
        return day == null ? null : day.toLocalDate();
    }

    /** Up to this many months a trend is shown per month; a longer period is shown per year. */
    static final int TREND_MONTHS = 24;

    /**
     * Per month of the period (every month, also those without any), or per year of a period longer than
     * {@value #TREND_MONTHS} months (the years with records): public commitments fulfilled and problems resolved.
     */
    List<Report.TrendRow> trend(ReportScope scope, Period period, Set<Long> townVillages) {
        LocalDate firstMonth = period.from().withDayOfMonth(1);
        boolean byYear = firstMonth.plusMonths(TREND_MONTHS).isBefore(period.to().withDayOfMonth(1).plusMonths(1));
        Map<LocalDate, long[]> buckets = new TreeMap<>();
        if (!byYear) {
            for (LocalDate m = firstMonth; !m.isAfter(period.to()); m = m.plusMonths(1)) {
                buckets.put(m, new long[2]);
            }
        }
        String bucket = byYear ? "year" : "month";
        String sql = fromRollup(scope, period)
                // one row per record and fact, so the rollup's counts are the distinct counts
                ? "select fact, date_trunc('" + bucket + "', month)::date, sum(n) from report_event_month "
                        + "where fact in ('COMMITMENT_FULFILLED', 'PROBLEM_RESOLVED') and month between ? and ? and town_id is not null group by 1, 2"
                : "select e.fact, date_trunc('" + bucket + "', e.on_date)::date, count(distinct e.subject_id) "
                        + "from report_event e join report_village v on v.village_id = e.village_id "
                        + "where e.fact in ('COMMITMENT_FULFILLED', 'PROBLEM_RESOLVED') and e.on_date between ? and ?"
                        + villagesOf(scope, townVillages, "e.village_id") + where(scope)
                        + " group by 1, 2";
        jdbc.query(sql, rs -> {
            long[] counts = buckets.computeIfAbsent(rs.getDate(2).toLocalDate(), start -> new long[2]);
            counts["COMMITMENT_FULFILLED".equals(rs.getString(1)) ? 0 : 1] += rs.getLong(3);
        }, Date.valueOf(period.from()), Date.valueOf(period.to()));
        List<Report.TrendRow> rows = new ArrayList<>();
        buckets.forEach((start, counts) -> rows.add(new Report.TrendRow(start, byYear, counts[0], counts[1])));
        return rows;
    }
}
