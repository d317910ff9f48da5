package org.cunwu.evaluations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cunwu.shared.access.Access;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of an evaluation, counted from its grades: per town, per village, per representative (with the warning
 * talks the threshold calls for). Read-only, a fixed number of aggregate queries whatever the district's size.
 * {@link #publishedFor} is the small public API for pages outside this module (the public notice page).
 */
@Service
public class EvaluationResults {

    private final EvaluationRepository evaluations;
    private final WarningTalkRepository talks;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    EvaluationResults(EvaluationRepository evaluations, WarningTalkRepository talks, JdbcTemplate jdbc, Clock clock) {
        this.evaluations = evaluations;
        this.talks = talks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The counts of a town or a village (or the whole scope when {@code id} is null). */
    public record Counts(Long id, String name, long commitments, long graded, long excellent, long qualified, long failed, long votes) {

        /** Share of the commitments graded 不合格, in per cent with one decimal. */
        public double failedPercent() {
            return commitments == 0 ? 0 : Math.round(failed * 1000.0 / commitments) / 10.0;
        }
    }

    /** A representative's result: their commitments in the evaluation, those graded 不合格, and whether a talk is due. */
    public record RepresentativeResult(Long representativeId, String name, Long villageId, String villageName, Long townId, String townName,
            long commitments, long failed, boolean escalates, WarningTalk talk) {

        public double failedPercent() {
            return commitments == 0 ? 0 : Math.round(failed * 1000.0 / commitments) / 10.0;
        }
    }

    /** A village's published results for the public notice page: no names of raters, only each commitment's grade. */
    public record PublishedResult(int year, String title, LocalDate closedOn, Counts counts, List<PublishedGrade> grades) {
    }

    /** One commitment's published grade. */
    public record PublishedGrade(String pledgedBy, String content, Grade grade) {
    }

    /** Per town, within the user's scope. */
    @Transactional(readOnly = true)
    public List<Counts> breakdown(Evaluation evaluation, Long townId) {
        return townId == null ? byTown(evaluation) : byVillage(evaluation, townId);
    }

    /** Per village of the user's scope (a secretary's own village). */
    @Transactional(readOnly = true)
    public List<Counts> breakdownOfVillages(Evaluation evaluation) {
        return byVillage(evaluation, null);
    }

    private List<Counts> byTown(Evaluation evaluation) {
        List<Object> args = new ArrayList<>();
        String items = items(evaluation, null, null, null, args);
        return jdbc.query("select t.id, t.name, " + COUNTS + " from evaluation_item i join town t on t.id = i.town_id where "
                + items + " group by t.id, t.name, t.code order by t.code", (rs, n) -> counts(rs), args.toArray());
    }

    private List<Counts> byVillage(Evaluation evaluation, Long townId) {
        List<Object> args = new ArrayList<>();
        String items = items(evaluation, townId, null, null, args);
        return jdbc.query("select v.id, v.name, " + COUNTS + " from evaluation_item i join village v on v.id = i.village_id where "
                + items + " group by v.id, v.name, v.code order by v.code", (rs, n) -> counts(rs), args.toArray());
    }

    /** The totals of the user's scope, a town's or a village's. */
    @Transactional(readOnly = true)
    public Counts total(Evaluation evaluation, Long townId, Long villageId) {
        List<Object> args = new ArrayList<>();
        String items = items(evaluation, townId, villageId, null, args);
        return jdbc.queryForObject("select null::bigint, null::text, " + COUNTS + " from evaluation_item i where " + items,
                (rs, n) -> counts(rs), args.toArray());
    }

    /**
     * The condition on evaluation_item {@code i} for the evaluation within the user's scope, narrowed to a town, a village
     * or a representative where given; its arguments are added to {@code args}.
     */
    private static String items(Evaluation evaluation, Long townId, Long villageId, Long representativeId, List<Object> args) {
        args.add(evaluation.getId());
        StringBuilder where = new StringBuilder("i.evaluation_id = ? and ").append(Access.sqlVisible("i.town_id", "i.village_id", args));
        if (townId != null) {
            where.append(" and i.town_id = ?");
            args.add(townId);
        }
        if (villageId != null) {
            where.append(" and i.village_id = ?");
            args.add(villageId);
        }
        if (representativeId != null) {
            where.append(" and i.representative_id = ?");
            args.add(representativeId);
        }
        return where.toString();
    }

    private static final String COUNTS = """
            count(*), count(i.grade), count(*) filter (where i.grade = 'EXCELLENT'), count(*) filter (where i.grade = 'QUALIFIED'),
            count(*) filter (where i.grade = 'FAILED'), coalesce(sum((select count(*) from evaluation_vote vo where vo.item_id = i.id)), 0)""";

    private static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(rs.getObject(1) == null ? null : rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8));
    }

    /**
     * Representatives with commitments in the evaluation, within the user's scope (and a town's or a village's when given),
     * the highest share of 不合格 first; {@code onlyEscalated} keeps those at or over the threshold.
     */
    @Transactional(readOnly = true)
    public List<RepresentativeResult> representatives(Evaluation evaluation, Long townId, Long villageId, boolean onlyEscalated) {
        return representatives(evaluation, townId, villageId, onlyEscalated, null);
    }

    private List<RepresentativeResult> representatives(Evaluation evaluation, Long townId, Long villageId, boolean onlyEscalated,
            Long representativeId) {
        List<Object> args = new ArrayList<>();
        String items = items(evaluation, townId, villageId, representativeId, args);
        Map<Long, WarningTalk> talkOf = talks.findByEvaluationId(evaluation.getId()).stream()
                .collect(Collectors.toMap(WarningTalk::getRepresentativeId, Function.identity()));
        List<RepresentativeResult> rows = jdbc.query("""
                select r.id, r.name, v.id, v.name, t.id, t.name, count(*), count(*) filter (where i.grade = 'FAILED')
                from evaluation_item i join representative r on r.id = i.representative_id join village v on v.id = i.village_id
                join town t on t.id = i.town_id
                where\s""" + items + """
                 group by r.id, r.name, v.id, v.name, v.code, t.id, t.name, t.code
                order by count(*) filter (where i.grade = 'FAILED') * 1.0 / count(*) desc, t.code, v.code, r.name""",
                (rs, n) -> new RepresentativeResult(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                        rs.getString(6), rs.getLong(7), rs.getLong(8), evaluation.escalates(rs.getLong(8), rs.getLong(7)),
                        talkOf.get(rs.getLong(1))), args.toArray());
        return onlyEscalated ? rows.stream().filter(RepresentativeResult::escalates).toList() : rows;
    }

    /** One representative's result, within the user's scope. */
    @Transactional(readOnly = true)
    public Optional<RepresentativeResult> representative(Evaluation evaluation, Long representativeId) {
        return representatives(evaluation, null, null, false, representativeId).stream().findFirst();
    }

    /**
     * The year's evaluation results of a village once published (the evaluation closed), for pages that anyone may read
     * (the public notice page): empty before the close or without an evaluation. Not scoped: published results are public.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedResult> publishedFor(Long villageId, int year) {
        LocalDate today = LocalDate.now(clock);
        return evaluations.findByYear(year).filter(e -> e.isClosed(today)).map(e -> {
            Counts counts = jdbc.queryForObject("select null::bigint, null::text, " + COUNTS
                    + " from evaluation_item i where i.evaluation_id = ? and i.village_id = ?", (rs, n) -> counts(rs), e.getId(), villageId);
            List<PublishedGrade> grades = jdbc.query("""
                    select c.pledged_by, c.content, i.grade from evaluation_item i join commitment c on c.id = i.commitment_id
                    where i.evaluation_id = ? and i.village_id = ? order by c.pledged_on, i.id""",
                    (rs, n) -> new PublishedGrade(rs.getString(1), rs.getString(2),
                            rs.getString(3) == null ? null : Grade.valueOf(rs.getString(3))), e.getId(), villageId);
            return new PublishedResult(e.getYear(), e.getTitle(), e.closedOn(), counts, grades);
        });
    }

    /**
     * The village's results of the latest published evaluation in which it had commitments (whatever its year), as the
     * printed notice board and the public notice page both post them: a board keeps the last results until new ones come.
     */
    @Transactional(readOnly = true)
    public Optional<PublishedResult> latestPublishedFor(Long villageId) {
        LocalDate today = LocalDate.now(clock);
        return evaluations.findAllByOrderByYearDesc().stream().filter(e -> e.isClosed(today))
                .map(e -> publishedFor(villageId, e.getYear())).flatMap(Optional::stream)
                .filter(published -> published.counts().commitments() > 0).findFirst();
    }

    /** The closed evaluation of a year, if any (for report sections). */
    @Transactional(readOnly = true)
    public Optional<Evaluation> publishedOf(int year) {
        LocalDate today = LocalDate.now(clock);
        return evaluations.findByYear(year).filter(e -> e.isClosed(today));
    }
}
