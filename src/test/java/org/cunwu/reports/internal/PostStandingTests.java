package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cunwu.DemoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The towns' standing figures of the posts held (V90) always hold what counting report_post gives on every day: after
 * the demo district loads, and after posts, villages, people, cohorts and post types change, each in a transaction
 * rolled back so that the demo's figures stay as the other tests expect them; and the district summary's posts, read
 * from them, are those of the grouping-set query over every post, also for a person holding posts in two towns.
 */
@DemoIntegrationTest
class PostStandingTests {

    /**
     * On every day a figure can change (each post's first day, the day after its last, and the days before them), the
     * posts per town and per town and post type counted from report_post, and the kept rows holding on that day, compared
     * both ways; then the people of more than one town, computed and kept.
     */
    static final String DIFFERENCES = """
            with days as (select distinct d from (select from_date as d from post_held union select from_date - 1 from post_held
                                                  union select to_date from post_held union select to_date + 1 from post_held) x
                          where d is not null),
            posts as materialized (select p.*, v.town_id from report_post p join village v on v.id = p.village_id),
            raw as (select d.d, p.town_id, p.post_type_id, count(*) as posts,
                           count(distinct p.person_id) filter (where p.secretary_or_deputy) as holders,
                           count(distinct p.person_id) filter (where p.secretary_or_deputy and p.nineties) as nineties,
                           count(distinct p.person_id) filter (where p.secretary_or_deputy and p.nineties and p.in_cohort) as in_cohort
                    from days d join posts p on p.from_date <= d.d and (p.to_date is null or p.to_date >= d.d)
                    group by grouping sets ((d.d, p.town_id, p.post_type_id), (d.d, p.town_id))),
            kept as (select d.d, s.town_id, s.post_type_id, s.posts, s.holders, s.nineties, s.in_cohort
                     from days d join report_post_standing s on daterange(s.from_date, s.to_date) @> d.d),
            multi as (select p.person_id from report_post p join village v on v.id = p.village_id where p.secretary_or_deputy
                      group by p.person_id having count(distinct v.town_id) > 1)
            select 'only in the posts: ' || r from (select * from raw except all select * from kept) r
            union all select 'only kept: ' || r from (select * from kept except all select * from raw) r
            union all select 'of two towns, not kept: ' || r from (select * from multi except all select * from report_post_multi_town) r
            union all select 'kept of two towns: ' || r from (select * from report_post_multi_town except all select * from multi) r
            """;

    /** The district's posts as the report counted them before V90 (and a town's still are): every post of the day. */
    static final String RAW_DISTRICT = """
            select v.town_id, p.post_type_id, count(distinct p.post_id),
                   count(distinct p.person_id) filter (where p.secretary_or_deputy),
                   count(distinct p.person_id) filter (where p.secretary_or_deputy and p.nineties),
                   count(distinct p.person_id) filter (where p.secretary_or_deputy and p.nineties and p.in_cohort),
                   grouping(v.town_id), grouping(p.post_type_id)
            from report_post p join report_village v on v.village_id = p.village_id
            where p.from_date <= ? and (p.to_date is null or p.to_date >= ?)
            group by grouping sets ((v.town_id), (p.post_type_id), ())
            """;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ReportQueries queries;

    List<String> differences() {
        return jdbc.queryForList(DIFFERENCES, String.class);
    }

    long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** Runs the changes and checks the kept figures after them, inside one transaction that is rolled back. */
    void afterChanges(String what, Runnable changes) {
        tx.executeWithoutResult(status -> {
            changes.run();
            assertThat(differences()).as("kept posts after " + what).isEmpty();
            status.setRollbackOnly();
        });
    }

    /** A secretary's post, and a village of another town than its own. */
    long secretaryPost() {
        return id("select min(h.id) from post_held h join post_type t on t.id = h.post_type_id where t.code = 'PARTY_SECRETARY' and h.to_date is null");
    }

    long villageOfAnotherTown(long post) {
        return id("select min(v.id) from village v where v.town_id <> (select w.town_id from post_held h join village w on w.id = h.village_id "
                + "where h.id = ?)", post);
    }

    @Test
    void theDemoDistrictsStandingFiguresAreItsPosts() {
        assertThat(jdbc.queryForObject("select count(*) from report_post_standing", Long.class)).isPositive();
        assertThat(differences()).isEmpty();
    }

    @Test
    void postsInsertedMovedRedatedAndDeletedKeepTheFiguresRight() {
        afterChanges("posts changed", () -> {
            long post = secretaryPost();
            long other = villageOfAnotherTown(post);
            long copied = id("insert into post_held (person_id, village_id, post_type_id, from_date, to_date, end_reason) "
                    + "select person_id, ?, post_type_id, '2023-03-01', '2023-08-31', 'TERM_ENDED' from post_held where id = ? returning id", other, post);
            assertThat(differences()).as("after a post of the same person in another town").isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from report_post_multi_town", Long.class)).isPositive();
            jdbc.update("update post_held set from_date = '2022-01-01', to_date = null, end_reason = null where id = ?", copied);
            assertThat(differences()).as("after it was redated").isEmpty();
            jdbc.update("update post_held set village_id = (select village_id from post_held where id = ?) where id = ?", post, copied);
            assertThat(differences()).as("after it moved back to the person's town").isEmpty();
            jdbc.update("update post_held set post_type_id = (select id from post_type where code = 'COMMITTEE_MEMBER') where id = ?", copied);
            assertThat(differences()).as("after its type changed").isEmpty();
            jdbc.update("update post_held set to_date = from_date + 400, end_reason = 'TERM_ENDED' where to_date is null and id % 3 = 0");
            assertThat(differences()).as("after many posts ended at once").isEmpty();
            jdbc.update("delete from post_held where id = ?", copied);
        });
    }

    @Test
    void villagesMovedPeopleRedatedCohortsAndPostTypesChangedKeepTheFiguresRight() {
        afterChanges("villages, people, cohorts and post types changed", () -> {
            long post = secretaryPost();
            long village = id("select village_id from post_held where id = ?", post);
            long person = id("select person_id from post_held where id = ?", post);
            jdbc.update("update village set town_id = (select min(id) from town where id <> (select town_id from village where id = ?)) where id = ?",
                    village, village);
            assertThat(differences()).as("after a village moved to another town").isEmpty();
            jdbc.update("update person set birth_date = case when birth_date >= '1990-01-01' then date '1980-05-05' else date '1992-05-05' end "
                    + "where id = ?", person);
            assertThat(differences()).as("after a person's birth day changed").isEmpty();
            jdbc.update("delete from cohort_member where person_id in (select person_id from post_held where village_id = ?)", village);
            jdbc.update("insert into cohort_member (cohort_id, person_id) values ((select min(id) from cohort), ?) on conflict do nothing", person);
            assertThat(differences()).as("after cohorts changed").isEmpty();
            jdbc.update("delete from cohort where id = (select max(id) from cohort)");
            assertThat(differences()).as("after a cohort was deleted with its members").isEmpty();
            jdbc.update("update post_type set code = 'PARTY_SECRETARY_RENAMED' where code = 'DEPUTY_SECRETARY'");
            assertThat(differences()).as("after a deputy's post type was no longer one").isEmpty();
            jdbc.update("update person set name = name || '甲' where id = ?", person);
        });
    }

    /**
     * The comparison finds what a write leaves behind when a trigger does not run, and report_rollups_rebuild() (which
     * a bulk load with the triggers off calls at its end) repairs it.
     */
    @Test
    void aWriteWithoutTheTriggerIsFoundAndTheRebuildRepairsIt() {
        tx.executeWithoutResult(status -> {
            jdbc.execute("alter table post_held disable trigger report_post_standing_delete");
            long post = secretaryPost();
            jdbc.update("insert into post_held (person_id, village_id, post_type_id, from_date) "
                    + "select person_id, ?, post_type_id, '2023-01-01' from post_held where id = ?", villageOfAnotherTown(post), post);
            jdbc.update("delete from post_held where id = ?", post);
            assertThat(differences()).as("the drift the rebuild must repair").isNotEmpty();
            jdbc.execute("select report_rollups_rebuild()");
            assertThat(differences()).as("kept posts after the rebuild").isEmpty();
            assertThat(jdbc.queryForList(ReportRollupTests.DIFFERENCES, String.class)).as("rollups after the rebuild").isEmpty();
            status.setRollbackOnly();
        });
    }

    /**
     * The district summary's posts (from the kept figures, less the people counted in two towns) are those of the
     * grouping-set query over every post, on days across the demo's years, also when a secretary holds a second
     * secretary's post in another town and a deputy's in a third.
     */
    @Test
    void theDistrictsPostsAreThoseCountedFromEveryPost() {
        List<LocalDate> days = List.of(LocalDate.of(2019, 6, 30), LocalDate.of(2022, 12, 31), LocalDate.of(2023, 6, 30),
                LocalDate.of(2023, 12, 31), LocalDate.of(2030, 1, 1));
        tx.executeWithoutResult(status -> {
            days.forEach(this::assertDistrictPostsAsCounted);
            long post = secretaryPost();
            long other = villageOfAnotherTown(post);
            jdbc.update("insert into post_held (person_id, village_id, post_type_id, from_date) "
                    + "select person_id, ?, post_type_id, '2023-01-01' from post_held where id = ?", other, post);
            long third = id("select min(v.id) from village v where v.town_id not in (select w.town_id from village w where w.id in (?, "
                    + "(select village_id from post_held where id = ?)))", other, post);
            jdbc.update("insert into post_held (person_id, village_id, post_type_id, from_date) select person_id, ?, "
                    + "(select id from post_type where code = 'DEPUTY_SECRETARY'), '2023-06-01' from post_held where id = ?", third, post);
            jdbc.update("update person set birth_date = '1993-03-03' where id = (select person_id from post_held where id = ?)", post);
            jdbc.update("insert into cohort_member (cohort_id, person_id) select (select min(id) from cohort), person_id from post_held "
                    + "where id = ? on conflict do nothing", post);
            assertThat(jdbc.queryForObject("select count(*) from report_post_multi_town", Long.class)).isPositive();
            days.forEach(this::assertDistrictPostsAsCounted);
            status.setRollbackOnly();
        });
    }

    void assertDistrictPostsAsCounted(LocalDate day) {
        Map<Long, Report.Unit> units = new LinkedHashMap<>();
        jdbc.query("select id, name from town", rs -> {
            units.put(rs.getLong(1), new Report.Unit(rs.getLong(1), rs.getString(2), new Figures()));
        });
        Figures total = new Figures();
        List<Report.PostRow> rows = queries.posts(queries.district(), day, units, total);
        Map<String, List<Object>> kept = new LinkedHashMap<>();
        units.values().forEach(unit -> kept.put("town " + unit.id(), figures(unit.figures())));
        kept.put("district", figures(total));
        rows.forEach(row -> kept.put("post type " + row.postTypeId(), List.of(row.current(), row.nineties())));
        Map<String, List<Object>> counted = new LinkedHashMap<>();
        units.values().forEach(unit -> counted.put("town " + unit.id(), figures(new Figures())));
        jdbc.query(RAW_DISTRICT, rs -> {
            List<Object> values = List.of(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
            if (rs.getInt(8) == 0) {
                counted.put("post type " + rs.getLong(2), List.of(values.get(0), values.get(2)));
            } else {
                counted.put(rs.getInt(7) == 1 ? "district" : "town " + rs.getLong(1), new ArrayList<>(values));
            }
        }, Date.valueOf(day), Date.valueOf(day));
        assertThat(kept).as("the district's posts on " + day).isEqualTo(counted);
        assertThat(total.count(Figure.CURRENT_CADRES)).as("posts on " + day).isEqualTo((Long) counted.get("district").get(0));
    }

    static List<Object> figures(Figures figures) {
        return new ArrayList<>(List.of(figures.count(Figure.CURRENT_CADRES), figures.count(Figure.SECRETARIES_DEPUTIES),
                figures.count(Figure.NINETIES_SECRETARIES_DEPUTIES), figures.count(Figure.NINETIES_IN_COHORTS)));
    }
}
