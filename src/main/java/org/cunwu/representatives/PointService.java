package org.cunwu.representatives;

import java.time.Clock;
import java.time.Instant;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.cunwu.representatives.internal.CommitmentFulfilled;
import org.cunwu.representatives.internal.PointEntry;
import org.cunwu.representatives.internal.PointEntryRepository;
import org.cunwu.representatives.internal.PointRule;
import org.cunwu.representatives.internal.PointRuleRepository;
import org.cunwu.representatives.internal.ProblemResolved;
import org.cunwu.representatives.internal.RecordScope;
import org.cunwu.representatives.internal.Representative;
import org.cunwu.representatives.internal.RepresentativeRepository;
import org.cunwu.representatives.internal.VisitDeleted;
import org.cunwu.representatives.internal.VisitRecorded;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.access.Access;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points ledger. Points for an event recorded elsewhere (a visit, a fulfilled commitment, a problem found on a
 * visit and resolved) are awarded inside the event's own transaction on purpose: the event and its points commit
 * or fail together. An event earns its points once (a unique key on source and rule), and correcting or deleting
 * the event takes them back.
 * Other modules award points through {@link #reaward}. Not propagated: the internal types in the signatures its own
 * pages use are no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class PointService {

    public static final String SOURCE_VISIT = "VISIT";
    public static final String SOURCE_COMMITMENT = "COMMITMENT";
    public static final String SOURCE_PROBLEM = "PROBLEM";

    private final PointRuleRepository rules;
    private final PointEntryRepository entries;
    private final RepresentativeRepository representatives;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PointService(PointRuleRepository rules, PointEntryRepository entries, RepresentativeRepository representatives,
            JdbcTemplate jdbc, Clock clock) {
        this.representatives = representatives;
        this.rules = rules;
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /*
     * The module's events earn points in the transaction that published them (synchronous listeners, on purpose): no
     * points without the event, no event without its points; the opposite event takes them back.
     */

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CommitmentFulfilled fulfilled) {
        award(fulfilled.representativeId(), PointRule.COMMITMENT_FULFILLED, SOURCE_COMMITMENT, fulfilled.commitmentId(),
                fulfilled.on(), fulfilled.content());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProblemResolved resolved) {
        award(resolved.representativeId(), PointRule.PROBLEM_RESOLVED, SOURCE_PROBLEM, resolved.problemId(), resolved.on(),
                resolved.title());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(VisitRecorded recorded) {
        award(recorded.representativeId(), PointRule.VISIT, SOURCE_VISIT, recorded.visitId(), recorded.on(), recorded.household());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(VisitDeleted deleted) {
        entries.deleteBySource(SOURCE_VISIT, deleted.visitId());
    }

    private void award(Long representativeId, String ruleCode, String sourceType, Long sourceId, LocalDate on, String reason) {
        PointRule rule = rule(ruleCode);
        if (entries.existsBySourceTypeAndSourceIdAndRuleId(sourceType, sourceId, rule.getId())) {
            return;
        }
        entries.save(new PointEntry(representatives.getReferenceById(representativeId), rule, on, reason, sourceType, sourceId,
                RecordScope.username(), Instant.now(clock)));
    }

    /**
     * {@link #award} for many events of one kind at once (the demo loader, bulk paths): the same rule and the same
     * once-per-event key, written in one batch because saving entities one by one takes seconds for thousands.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void awardAll(String ruleCode, String sourceType, List<Award> awards) {
        PointRule rule = rule(ruleCode);
        String author = RecordScope.username();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.batchUpdate("""
                insert into point_entry (representative_id, rule_id, points, entry_date, reason, source_type, source_id, author, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict on constraint point_entry_once do nothing""",
                awards.stream().map(a -> new Object[] {a.representativeId(), rule.getId(), rule.getPoints(), Date.valueOf(a.on()),
                        a.reason() == null || a.reason().length() <= 300 ? a.reason() : a.reason().substring(0, 300), sourceType,
                        a.sourceId(), author, now}).toList());
    }

    /** One event earning points: who, for which record ({@code sourceId}), on which day, and why. */
    public record Award(Long representativeId, Long sourceId, LocalDate on, String reason) {
    }

    private PointRule rule(String ruleCode) {
        return rules.findByCode(ruleCode).orElseThrow(() -> new IllegalStateException("no point rule " + ruleCode));
    }

    /**
     * Takes back the points of the given events and awards what they earn now, each by its rule as the rule stands
     * (an evaluated commitment whose grade was corrected: the old grade's points go, the new grade's come). A rule worth
     * 0 points writes no line. Joins the caller's transaction, as {@link #award} does.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reaward(String sourceType, Collection<Long> sourceIds, List<RuleAward> awards) {
        if (!sourceIds.isEmpty()) {
            jdbc.update("delete from point_entry where source_type = ? and source_id = any (?)", sourceType,
                    sourceIds.toArray(new Long[0]));
        }
        awards.stream().collect(Collectors.groupingBy(RuleAward::ruleCode, LinkedHashMap::new,
                Collectors.toList())).forEach((code, ofRule) -> {
                    if (rule(code).getPoints() != 0) {
                        awardAll(code, sourceType, ofRule.stream()
                                .map(a -> new Award(a.representativeId(), a.sourceId(), a.on(), a.reason())).toList());
                    }
                });
    }

    /** What an event earns by a rule of the dictionary (its code), for another module's events. */
    @NamedInterface("api")
    public record RuleAward(String ruleCode, Long representativeId, Long sourceId, LocalDate on, String reason) {
    }

    @Transactional(readOnly = true)
    public List<PointEntry> ledgerOf(Representative representative) {
        return entries.findByRepresentative(representative.getId());
    }

    /** [representative id, name, points], highest first. The caller has checked the village's scope. */
    @Transactional(readOnly = true)
    public List<Object[]> rankingOfVillage(Long villageId) {
        return entries.rankingOfVillage(villageId);
    }

    @Transactional(readOnly = true)
    public List<Object[]> rankingOfTown(Long townId) {
        return entries.rankingOfTown(townId);
    }

    @Transactional(readOnly = true)
    public List<PointRule> rules() {
        return rules.findAllByOrderById();
    }

    public boolean canEditRules() {
        return Access.canCreate(Access.Editors.DISTRICT);
    }

    /** New points apply to events from now on; what was awarded stays as it was. */
    @Transactional
    public void changeRule(Long ruleId, int points) {
        if (!canEditRules()) {
            throw new AccessDeniedException("only district staff change point rules");
        }
        rules.findById(ruleId).orElseThrow(() -> new RecordNotFoundException("point rule", ruleId)).changePoints(points);
    }
}
