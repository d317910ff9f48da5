package org.cunwu.ledgers.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.criteria.Predicate;

import org.cunwu.reports.VillageFigures;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.LikePattern;
import org.cunwu.shared.OneTimeToken;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Scope;
import org.cunwu.shared.access.Access;
import org.cunwu.shared.export.Batches;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledgers within the user's scope and their steps: the village's secretary writes and submits (once per round: a
 * repeated or simultaneous submission finds the first), the staff of its town (or the district) review or return it;
 * every step is logged, and each submission freezes the figures as the reports count them at that moment.
 */
@Service
public class LedgerService {

    /** What the ledger list narrows to; {@code late} needs a year and a quarter (their due day). */
    public record Filter(Integer year, Integer quarter, Long townId, Long villageId, LedgerState state, Boolean late, String q) {
    }

    /** A logged step: from which state to which, when, by whom, and why. */
    public record Step(LedgerState from, LedgerState to, Instant at, String userName, String note) {
    }

    /** A submission as it was sent: narrative, whether it came after the due day, and its figures. */
    public record Submission(long id, int number, Instant at, String userName, String summary, String plan, boolean late,
            Map<String, BigDecimal> figures) {
    }

    /** A figure of the ledger: as submitted (null before any submission) and as counted today. */
    public record FigureRow(String figure, String labelKey, BigDecimal submitted, BigDecimal today, String link) {

        public BigDecimal change() {
            return submitted == null || today == null ? null : today.subtract(submitted);
        }

        public boolean changed() {
            BigDecimal change = change();
            return change != null && change.signum() != 0;
        }
    }

    /** A town's (or a village's) ledgers of a quarter: how many, submitted, on time, late, reviewed, returned. */
    public record Completion(long id, String name, long ledgers, long submitted, long onTime, long late, long reviewed, long returned) {

        public long submittedPercent() {
            return ledgers == 0 ? 0 : Math.round(100.0 * submitted / ledgers);
        }

        public long reviewedPercent() {
            return ledgers == 0 ? 0 : Math.round(100.0 * reviewed / ledgers);
        }
    }

    private final LedgerRepository ledgers;
    private final JdbcClient jdbc;
    private final VillageFigures figures;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Batches batches;

    LedgerService(LedgerRepository ledgers, JdbcClient jdbc, VillageFigures figures, ApplicationEventPublisher events, Clock clock,
            Batches batches) {
        this.ledgers = ledgers;
        this.batches = batches;
        this.jdbc = jdbc;
        this.figures = figures;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- quarters and due days

    /** Opens a quarter: a ledger for every village that exists in it (those already open are kept). */
    @Transactional
    public int openQuarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
        LocalDate to = from.plusMonths(3).minusDays(1);
        return jdbc.sql("""
                insert into ledger (village_id, year, quarter) select v.id, :year, :quarter from village v
                where (v.established_on is null or v.established_on <= :to) and (v.dissolved_on is null or v.dissolved_on > :from)
                on conflict (village_id, year, quarter) do nothing
                """).param("year", year).param("quarter", quarter).param("from", from).param("to", to).update();
    }

    /** The day a quarter's ledgers are due: as the district set it, otherwise the 10th of the month after the quarter. */
    @Transactional(readOnly = true)
    public LocalDate dueOn(int year, int quarter) {
        return jdbc.sql("select due_on from ledger_due_day where year = :year and quarter = :quarter").param("year", year)
                .param("quarter", quarter).query(LocalDate.class).optional().orElse(defaultDueOn(year, quarter));
    }

    static LocalDate defaultDueOn(int year, int quarter) {
        return LocalDate.of(year, 3 * quarter - 2, 1).plusMonths(3).withDayOfMonth(10);
    }

    /** The district sets a year's four due days (and opens those quarters' ledgers). */
    @Transactional
    public void setDueDays(DueDaysForm form) {
        if (!Access.canEditDistrictRecord(Access.Editors.DISTRICT)) {
            throw new AccessDeniedException("only the district sets the ledgers' due days");
        }
        PortalUser user = Scope.currentUser();
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate due = form.of(quarter);
            if (due.isBefore(LocalDate.of(form.getYear(), 3 * quarter - 2, 1))) {
                throw new InvalidFieldException("q" + quarter, "ledger.due.beforeQuarter");
            }
            jdbc.sql("""
                    insert into ledger_due_day (year, quarter, due_on, set_by, set_at) values (:year, :quarter, :due, :by, now())
                    on conflict (year, quarter) do update set due_on = excluded.due_on, set_by = excluded.set_by, set_at = now(),
                        version = ledger_due_day.version + 1
                    """).param("year", form.getYear()).param("quarter", quarter).param("due", due).param("by", user.getUsername()).update();
        }
    }

    // ---- reading

    @Transactional(readOnly = true)
    public Page<Ledger> page(Filter filter, Pageable pageable) {
        return ledgers.findAll(selection(filter), pageable);
    }

    /** Every ledger the filter selects, with its village and town, read in batches for a download of any size. */
    @Transactional(readOnly = true)
    public void forEach(Filter filter, Sort sort, Consumer<? super Ledger> action) {
        batches.forEach(Ledger.class, selection(filter), sort, action, "village", "village.town");
    }

    @Transactional(readOnly = true)
    public Ledger ledger(Long id) {
        Ledger ledger = ledgers.findWithVillageById(id).orElse(null);
        return Access.requireVisible(ledger, ledger == null ? null : ledger.getVillage().getTown().getId(),
                ledger == null ? null : ledger.getVillage().getId(), "ledger", id);
    }

    /** Whether the ledger's first submission came after its due day, or it is still not submitted after it. */
    public boolean late(Ledger ledger, LocalDate due) {
        if (ledger.getFirstSubmittedAt() == null) {
            return today().isAfter(due);
        }
        return LocalDate.ofInstant(ledger.getFirstSubmittedAt(), zone()).isAfter(due);
    }

    ZoneId zone() {
        return clock.getZone();
    }

    @Transactional(readOnly = true)
    public List<Step> steps(Ledger ledger) {
        return jdbc.sql("select from_state, to_state, happened_at, user_name, note from ledger_event where ledger_id = :id order by happened_at, id")
                .param("id", ledger.getId())
                .query((rs, n) -> new Step(rs.getString(1) == null ? null : LedgerState.valueOf(rs.getString(1)),
                        LedgerState.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The ledger's submissions, latest first, each with its frozen figures. */
    @Transactional(readOnly = true)
    public List<Submission> submissions(Ledger ledger) {
        Map<Long, Map<String, BigDecimal>> frozen = new HashMap<>();
        jdbc.sql("""
                select f.submission_id, f.figure, f.value from ledger_submission_figure f
                join ledger_submission s on s.id = f.submission_id where s.ledger_id = :id
                """).param("id", ledger.getId()).query(rs -> {
                    frozen.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                });
        return jdbc.sql("select id, number, submitted_at, user_name, summary, plan, late from ledger_submission where ledger_id = :id order by number desc")
                .param("id", ledger.getId())
                .query((rs, n) -> new Submission(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), frozen.getOrDefault(rs.getLong(1), Map.of())))
                .list();
    }

    /** Today's figures of the ledger's quarter beside those of its latest submission. */
    @Transactional(readOnly = true)
    public List<FigureRow> figures(Ledger ledger, Submission latest) {
        return figures.quarter(ledger.getVillage().getId(), ledger.getYear(), ledger.getQuarter()).stream()
                .map(line -> new FigureRow(line.figure(), line.labelKey(), latest == null ? null : latest.figures().get(line.figure()),
                        decimal(line.value()), line.link()))
                .toList();
    }

    /** A quarter's ledgers per town (district readers) or per village of the user's town, with the completion counts. */
    @Transactional(readOnly = true)
    public List<Completion> completion(int year, int quarter, boolean perVillage) {
        LocalDate due = dueOn(year, quarter);
        Instant dueEnd = due.plusDays(1).atStartOfDay(zone()).toInstant();
        boolean overdue = today().isAfter(due);
        List<Object> args = new ArrayList<>();
        String visible = Access.sqlVisible("v.town_id", "v.id", args);
        String unit = perVillage ? "v.id" : "t.id";
        String name = perVillage ? "v.name" : "t.name";
        String order = perVillage ? "min(v.code)" : "min(t.code)";
        var spec = jdbc.sql("select " + unit + ", " + name + ", count(*), count(l.first_submitted_at), "
                + "count(*) filter (where l.first_submitted_at < ?), "
                + "count(*) filter (where l.first_submitted_at >= ? or (l.first_submitted_at is null and ?)), "
                + "count(*) filter (where l.state = 'REVIEWED'), count(*) filter (where l.state = 'RETURNED') "
                + "from ledger l join village v on v.id = l.village_id join town t on t.id = v.town_id "
                + "where l.year = ? and l.quarter = ? and " + visible + " group by " + unit + ", " + name + " order by " + order);
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(dueEnd), Timestamp.from(dueEnd), overdue, year, quarter));
        params.addAll(args);
        return spec.params(params).query((rs, n) -> new Completion(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8))).list();
    }

    /** The quarters that have ledgers, latest first (for the filters and the overview's default). */
    @Transactional(readOnly = true)
    public List<int[]> quarters() {
        return jdbc.sql("select distinct year, quarter from ledger order by year desc, quarter desc")
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).list();
    }

    // ---- the village's steps

    /** The secretary saves the narrative without submitting. */
    @Transactional
    public Ledger saveDraft(Long id, LedgerForm form) {
        Ledger ledger = lockedForVillage(id);
        ConcurrentEditException.check("ledger", id, form.getVersion(), ledger.getVersion());
        ledger.write(form.getSummary(), form.getPlan(), form.isDeclared());
        return ledgers.saveAndFlush(ledger);
    }

    /** The secretary submits: narrative and declaration, figures frozen as counted now, the town told. */
    @Transactional
    public Ledger submit(Long id, LedgerForm form) {
        return submitAt(id, form, Instant.now(clock));
    }

    /** {@link #submit} at a given moment: the demo district's ledgers were submitted in 2023. */
    @Transactional
    Ledger submitAt(Long id, LedgerForm form, Instant at) {
        Ledger ledger = lockedForVillage(id);
        String token = OneTimeToken.orFresh(form.getToken());
        boolean already = jdbc.sql("select count(*) from ledger_submission where ledger_id = :id and client_token = :token")
                .param("id", id).param("token", token).query(Long.class).single() > 0;
        if (already) {
            return ledger; // the same form sent again (or at the same moment): the first submission stands
        }
        ConcurrentEditException.check("ledger", id, form.getVersion(), ledger.getVersion());
        LedgerState from = ledger.getState();
        PortalUser user = Scope.currentUser();
        ledger.write(form.getSummary(), form.getPlan(), form.isDeclared());
        ledger.submit(at, user.getUsername());
        ledgers.saveAndFlush(ledger);
        LocalDate due = dueOn(ledger.getYear(), ledger.getQuarter());
        int number = jdbc.sql("select count(*) from ledger_submission where ledger_id = :id").param("id", id).query(Integer.class).single() + 1;
        long submission = jdbc.sql("""
                insert into ledger_submission (ledger_id, number, client_token, submitted_at, username, user_name, summary, plan, late)
                values (:ledger, :number, :token, :at, :username, :name, :summary, :plan, :late) returning id
                """).param("ledger", id).param("number", number).param("token", token).param("at", Timestamp.from(at))
                .param("username", user.getUsername()).param("name", user.getDisplayName()).param("summary", ledger.getSummary())
                .param("plan", ledger.getPlan()).param("late", LocalDate.ofInstant(at, zone()).isAfter(due))
                .query(Long.class).single();
        for (VillageFigures.Line line : figures.quarter(ledger.getVillage().getId(), ledger.getYear(), ledger.getQuarter())) {
            jdbc.sql("insert into ledger_submission_figure (submission_id, figure, value, link) values (:s, :figure, :value, :link)")
                    .param("s", submission).param("figure", line.figure()).param("value", decimal(line.value()))
                    .param("link", line.link()).update();
        }
        log(ledger, from, LedgerState.SUBMITTED, at, null);
        events.publishEvent(new LedgerEvents.Submitted(subject(ledger)));
        return ledger;
    }

    // ---- the town's steps

    @Transactional
    public Ledger review(Long id, Long version, String comment) {
        return reviewAt(id, version, comment, Instant.now(clock));
    }

    @Transactional
    Ledger reviewAt(Long id, Long version, String comment, Instant at) {
        return townStep(id, version, at, LedgerState.REVIEWED, blankToNull(comment), Ledger::review,
                ledger -> new LedgerEvents.Reviewed(subject(ledger)));
    }

    @Transactional
    public Ledger giveBack(Long id, Long version, String reason) {
        return giveBackAt(id, version, reason, Instant.now(clock));
    }

    @Transactional
    Ledger giveBackAt(Long id, Long version, String reason, Instant at) {
        return townStep(id, version, at, LedgerState.RETURNED, blankToNull(reason), Ledger::giveBack,
                ledger -> new LedgerEvents.Returned(subject(ledger), reason));
    }

    /** A town's step on a submitted ledger: checked against the version the user saw, taken, logged and announced. */
    private Ledger townStep(Long id, Long version, Instant at, LedgerState to, String note, TownStep step,
            Function<Ledger, Object> event) {
        Ledger ledger = lockedForTown(id);
        ConcurrentEditException.check("ledger", id, version, ledger.getVersion());
        step.take(ledger, at, Scope.currentUser().getUsername(), note);
        ledgers.saveAndFlush(ledger);
        log(ledger, LedgerState.SUBMITTED, to, at, note);
        events.publishEvent(event.apply(ledger));
        return ledger;
    }

    /** {@link Ledger#review} or {@link Ledger#giveBack}. */
    @FunctionalInterface
    private interface TownStep {
        void take(Ledger ledger, Instant at, String by, String note);
    }

    /** Whether this one-time token already submitted the ledger (the same form sent again leads to the ledger, not to a refusal). */
    @Transactional(readOnly = true)
    public boolean submittedWith(Long id, String token) {
        return OneTimeToken.isValid(token) && jdbc.sql("select count(*) from ledger_submission where ledger_id = :id and client_token = :token")
                .param("id", id).param("token", token).query(Long.class).single() > 0;
    }

    /** Whether the user may write and submit this ledger (its village's secretary, while it is open). */
    public boolean canSubmit(Ledger ledger) {
        return ledger.getState().open() && Access.speaksForVillage(ledger.getVillage().getId());
    }

    /** Whether the user may review or return it (the staff of its town or the district, once submitted). */
    public boolean canReview(Ledger ledger) {
        return ledger.getState() == LedgerState.SUBMITTED
                && Access.canEdit(Access.Editors.TOWN, ledger.getVillage().getTown().getId(), ledger.getVillage().getId());
    }

    /**
     * The ledger for a step, its row locked before it is read: simultaneous steps on one ledger take turns, and each
     * reads what the one before it committed (a repeated submission then finds the first one's token).
     */
    private Ledger locked(Long id) {
        jdbc.sql("select id from ledger where id = :id for update").param("id", id).query(Long.class).optional();
        return ledger(id);
    }

    private Ledger lockedForVillage(Long id) {
        Ledger ledger = locked(id);
        Access.requireSpeaksForVillage(ledger.getVillage().getTown().getId(), ledger.getVillage().getId(), "ledger", id);
        return ledger;
    }

    private Ledger lockedForTown(Long id) {
        Ledger ledger = locked(id);
        Access.requireEdit(Access.Editors.TOWN, ledger.getVillage().getTown().getId(), ledger.getVillage().getId(), "ledger", id);
        return ledger;
    }

    private void log(Ledger ledger, LedgerState from, LedgerState to, Instant at, String note) {
        PortalUser user = Scope.currentUser();
        jdbc.sql("""
                insert into ledger_event (ledger_id, from_state, to_state, happened_at, username, user_name, note)
                values (:ledger, :from, :to, :at, :username, :name, :note)
                """).param("ledger", ledger.getId()).param("from", from == null ? null : from.name()).param("to", to.name())
                .param("at", Timestamp.from(at)).param("username", user.getUsername()).param("name", user.getDisplayName())
                .param("note", note).update();
    }

    private static LedgerEvents.Subject subject(Ledger ledger) {
        return new LedgerEvents.Subject(ledger.getId(), ledger.getVillage().getId(), ledger.getVillage().getName(),
                ledger.getVillage().getTown().getId(), ledger.getYear(), ledger.getQuarter());
    }

    private Specification<Ledger> selection(Filter filter) {
        return Specification.allOf(Access.visible("village"), (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.year() != null) {
                predicates.add(cb.equal(root.get("year"), filter.year()));
            }
            if (filter.quarter() != null) {
                predicates.add(cb.equal(root.get("quarter"), filter.quarter()));
            }
            if (filter.townId() != null) {
                predicates.add(cb.equal(root.get("village").get("town").get("id"), filter.townId()));
            }
            if (filter.villageId() != null) {
                predicates.add(cb.equal(root.get("village").get("id"), filter.villageId()));
            }
            if (filter.state() != null) {
                predicates.add(cb.equal(root.get("state"), filter.state()));
            }
            if (filter.q() != null && !filter.q().isBlank()) {
                predicates.add(cb.like(root.get("village").get("name"), LikePattern.contains(filter.q()), '\\'));
            }
            if (filter.late() != null && filter.year() != null && filter.quarter() != null) {
                LocalDate due = dueOn(filter.year(), filter.quarter());
                Instant dueEnd = due.plusDays(1).atStartOfDay(zone()).toInstant();
                Predicate late = cb.or(cb.greaterThanOrEqualTo(root.get("firstSubmittedAt"), dueEnd),
                        today().isAfter(due) ? cb.isNull(root.get("firstSubmittedAt")) : cb.disjunction());
                predicates.add(filter.late() ? late : cb.not(late));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        });
    }

    static BigDecimal decimal(Number value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
