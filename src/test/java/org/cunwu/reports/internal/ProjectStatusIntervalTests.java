package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cunwu.DemoIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projects' status intervals (V81), which report_project_status reads, always hold what the status changes give
 * (numbered by day and id, each lasting until the next; a project without changes in its current status from its
 * start): after the demo district loads, and after inserts, updates and deletes of changes and projects, each in a
 * transaction rolled back so that the demo's figures stay as the other tests expect them.
 */
@DemoIntegrationTest
class ProjectStatusIntervalTests {

    /** The intervals as the view computed them before V81, and the view as it reads now, compared both ways. */
    static final String DIFFERENCES = """
            with computed as (
                select c.project_id, c.to_status::varchar as status, c.changed_on as from_date,
                       lead(c.changed_on) over w as to_date, row_number() over w as seq
                from project_status_change c
                window w as (partition by c.project_id order by c.changed_on, c.id)
                union all
                select p.id, p.status, coalesce(p.started_on, date '1900-01-01'), null, 1
                from project p where not exists (select 1 from project_status_change c where c.project_id = p.id)),
            kept as (select project_id, status::varchar, from_date, to_date, seq from report_project_status)
            select 'only in the changes: ' || r from (select * from computed except all select * from kept) r
            union all select 'only in the intervals: ' || r from (select * from kept except all select * from computed) r
            """;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    List<String> differences() {
        return jdbc.queryForList(DIFFERENCES, String.class);
    }

    long id(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** Runs the changes and checks the intervals after them, inside one transaction that is rolled back. */
    void afterChanges(String what, Runnable changes) {
        tx.executeWithoutResult(status -> {
            changes.run();
            assertThat(differences()).as("intervals after " + what).isEmpty();
            status.setRollbackOnly();
        });
    }

    @Test
    void theDemoDistrictsIntervalsAreItsChanges() {
        assertThat(jdbc.queryForObject("select count(*) from project_status_interval", Long.class)).isPositive();
        assertThat(differences()).isEmpty();
    }

    @Test
    void changesOfStatusKeepTheIntervalsRight() {
        afterChanges("changes inserted, moved, changed and deleted", () -> {
            long project = id("select min(project_id) from project_status_change");
            long earlier = id("insert into project_status_change (project_id, from_status, to_status, changed_on, author) "
                    + "values (?, 'PLANNED', 'BUILDING', '2000-01-10', 'test') returning id", project);
            assertThat(differences()).as("after an earlier change").isEmpty();
            assertThat(jdbc.queryForObject("select status from report_project_status where project_id = ? and seq = 1", String.class, project))
                    .isEqualTo("BUILDING");
            jdbc.update("update project_status_change set changed_on = '2099-12-31' where id = ?", earlier);
            assertThat(differences()).as("after it moved last").isEmpty();
            jdbc.update("update project_status_change set to_status = 'SUSPENDED' where project_id = ?", project);
            assertThat(differences()).as("after a multi-row update").isEmpty();
            jdbc.update("delete from project_status_change where id = ?", earlier);
            assertThat(differences()).as("after a delete").isEmpty();
            jdbc.update("delete from project_status_change where project_id = ?", project);
        });
    }

    @Test
    void projectsWithoutChangesAndDeletedProjectsKeepTheIntervalsRight() {
        afterChanges("projects inserted, changed and deleted", () -> {
            long project = id("select min(project_id) from project_status_change");
            String columns = jdbc.queryForObject("select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns "
                    + "where table_schema = current_schema() and table_name = 'project' and column_name not in ('id', 'client_token')", String.class);
            long copied = id("insert into project (" + columns + ") select " + columns + " from project where id = ? returning id", project);
            assertThat(jdbc.queryForObject("select count(*) from project_status_interval where project_id = ?", Long.class, copied))
                    .as("a new project without changes").isEqualTo(1);
            assertThat(differences()).as("after a new project").isEmpty();
            jdbc.update("update project set status = 'OPERATING', started_on = '2021-03-04' where id = ?", copied);
            assertThat(differences()).as("after its status and start changed").isEmpty();
            jdbc.update("insert into project_status_change (project_id, from_status, to_status, changed_on, author) "
                    + "values (?, 'PLANNED', 'BUILDING', '2021-03-04', 'test')", copied);
            assertThat(differences()).as("after its first change").isEmpty();
            jdbc.update("delete from project where id = ?", copied);
            assertThat(jdbc.queryForObject("select count(*) from project_status_interval where project_id = ?", Long.class, copied))
                    .as("a deleted project").isZero();
            assertThat(differences()).as("after a project was deleted with its changes").isEmpty();
        });
    }
}
