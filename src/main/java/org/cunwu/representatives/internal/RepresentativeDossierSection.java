package org.cunwu.representatives.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village dossier's residents' work: representatives and their points, public commitments, receptions, problems and
 * household visits, counted for this year and all time, with the latest few of each. A fixed number of queries
 * whatever the village's size: one for all the counts, one for the points, one for each kind's latest items.
 */
@Component
class RepresentativeDossierSection extends DossierSection {

    static final int LATEST = 5;

    private final JdbcTemplate jdbc;
    private final CommitmentRepository commitments;
    private final ReceptionRepository receptions;
    private final ProblemRepository problems;
    private final HouseholdVisitRepository visits;
    private final PointEntryRepository points;
    private final Clock clock;

    RepresentativeDossierSection(JdbcTemplate jdbc, CommitmentRepository commitments, ReceptionRepository receptions,
            ProblemRepository problems, HouseholdVisitRepository visits, PointEntryRepository points, Clock clock) {
        super(30, "representatives/dossier", "workOfVillage");
        this.jdbc = jdbc;
        this.commitments = commitments;
        this.receptions = receptions;
        this.problems = problems;
        this.visits = visits;
        this.points = points;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> data(Village village) {
        int year = LocalDate.now(clock).getYear();
        PageRequest latest = PageRequest.of(0, LATEST);
        return Map.of("villageId", village.getId(), "year", year, "counts", counts(village.getId(), year),
                "representatives", points.rankingOfVillage(village.getId()),
                "commitments", commitments.findLatestOfVillage(village.getId(), latest),
                "receptions", receptions.findLatestOfVillage(village.getId(), latest),
                "problems", problems.findLatestOfVillage(village.getId(), latest),
                "visits", visits.findLatestOfVillage(village.getId(), latest));
    }

    /** Rows of the counts table in the page's order; the key names the message and the list the row links to. */
    List<Count> counts(Long villageId, int year) {
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year, 12, 31));
        return jdbc.queryForObject("""
                select (select count(*) from representative where village_id = ?),
                       (select count(*) filter (where pledged_on between ? and ?) from commitment where village_id = ?),
                       (select count(*) from commitment where village_id = ?),
                       (select count(*) filter (where fulfilled_on between ? and ?) from commitment where village_id = ? and status = 'FULFILLED'),
                       (select count(*) from commitment where village_id = ? and status = 'FULFILLED'),
                       (select coalesce(sum(people_count) filter (where received_on between ? and ?), 0) from reception where village_id = ?),
                       (select coalesce(sum(people_count), 0) from reception where village_id = ?),
                       (select count(*) filter (where reported_on between ? and ?) from problem where village_id = ?),
                       (select count(*) from problem where village_id = ?),
                       (select count(*) filter (where resolved_on between ? and ?) from problem where village_id = ? and status = 'RESOLVED'),
                       (select count(*) from problem where village_id = ? and status = 'RESOLVED'),
                       (select count(*) filter (where visited_on between ? and ?) from household_visit where village_id = ?),
                       (select count(*) from household_visit where village_id = ?),
                       (select coalesce(sum(e.points) filter (where e.entry_date between ? and ?), 0) from point_entry e
                          join representative r on r.id = e.representative_id where r.village_id = ?),
                       (select coalesce(sum(e.points), 0) from point_entry e join representative r on r.id = e.representative_id
                          where r.village_id = ?)
                """, (rs, row) -> List.of(
                new Count("representatives", null, rs.getLong(1), "/representatives"),
                new Count("commitments", rs.getLong(2), rs.getLong(3), "/commitments"),
                new Count("commitmentsFulfilled", rs.getLong(4), rs.getLong(5), "/commitments"),
                new Count("receptionPeople", rs.getLong(6), rs.getLong(7), "/receptions"),
                new Count("problems", rs.getLong(8), rs.getLong(9), "/problems"),
                new Count("problemsResolved", rs.getLong(10), rs.getLong(11), "/problems"),
                new Count("visits", rs.getLong(12), rs.getLong(13), "/visits"),
                new Count("points", rs.getLong(14), rs.getLong(15), "/representatives/points")),
                villageId, from, to, villageId, villageId, from, to, villageId, villageId, from, to, villageId, villageId,
                from, to, villageId, villageId, from, to, villageId, villageId, from, to, villageId, villageId, from, to, villageId,
                villageId);
    }

    /** One row: {@code thisYear} is null where a year means nothing (the representatives serving now). */
    record Count(String key, Long thisYear, long allTime, String list) {
    }
}
