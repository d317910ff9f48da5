package org.cunwu.evaluations.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.cunwu.inbox.Inbox;
import org.cunwu.representatives.CommitmentRef;
import org.cunwu.representatives.CommitmentService;
import org.cunwu.representatives.PointService;
import org.cunwu.representatives.RepresentativeRef;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.OneTimeToken;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Scope;
import org.cunwu.shared.access.Access;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with an evaluation: the district opens and closes it, raters vote, the village's panel is chosen and
 * its votes recorded, the town records warning talks. A vote decides its commitment's grade by the evaluation's rule
 * at once, and the grade's points (by the point rules the district sets) are awarded or taken back in the same
 * transaction, so that a grade and its points never disagree.
 */
@Service
public class EvaluationService {

    /** The points ledger's source type of an evaluated commitment (its item id is the source id). */
    static final String POINT_SOURCE = "EVALUATION";

    private final EvaluationRepository evaluations;
    private final EvaluationItemRepository items;
    private final VoteRepository votes;
    private final PanelMemberRepository panels;
    private final WarningTalkRepository talks;
    private final VillageService villages;
    private final PointService points;
    private final RepresentativeService representatives;
    private final CommitmentService commitments;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Inbox inbox;

    EvaluationService(Inbox inbox, EvaluationRepository evaluations, EvaluationItemRepository items, VoteRepository votes, PanelMemberRepository panels,
            WarningTalkRepository talks, VillageService villages, PointService points, RepresentativeService representatives,
            CommitmentService commitments, JdbcTemplate jdbc, EntityManager entityManager, Clock clock) {
        this.evaluations = evaluations;
        this.items = items;
        this.votes = votes;
        this.panels = panels;
        this.talks = talks;
        this.villages = villages;
        this.points = points;
        this.representatives = representatives;
        this.commitments = commitments;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
        this.inbox = inbox;
    }

    /** One grade for one commitment, as a rating page sends it. */
    public record VoteInput(Long itemId, Grade grade, String comment, String token) {
    }

    // ---- reading

    @Transactional(readOnly = true)
    public List<Evaluation> list() {
        return evaluations.findAllByOrderByYearDesc();
    }

    /** Evaluations are the district's plan, public to every signed-in reader; what each shows is filtered by scope. */
    @Transactional(readOnly = true)
    public Evaluation get(Long id) {
        if (!Access.readsAnything()) {
            throw new RecordNotFoundException("evaluation", id);
        }
        return evaluations.findById(id).orElseThrow(() -> new RecordNotFoundException("evaluation", id));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean canOpen() {
        return Access.canCreate(Access.Editors.DISTRICT);
    }

    /** The village, if the user may see it (404 otherwise). */
    public Village village(Long villageId) {
        return villages.get(villageId);
    }

    /** The seats the signed-in user rates from for the village: the town's (its staff) and the secretary's (its secretary). */
    public List<Rater> seatsOf(Village village) {
        List<Rater> seats = new ArrayList<>();
        if (Objects.equals(Access.fixedTownId(), village.getTown().getId())) {
            seats.add(Rater.TOWN);
        }
        if (Objects.equals(Access.fixedVillageId(), village.getId())) {
            seats.add(Rater.SECRETARY);
        }
        return seats;
    }

    /** Whether the user records the village's panel and its votes (at the meeting): the village's editors. */
    public boolean canRecordPanel(Village village) {
        return Access.canEdit(Access.Editors.VILLAGE, village.getTown().getId(), village.getId());
    }

    /** Whether the user records the warning talks of the village's representatives: the town's staff (and the district). */
    public boolean canRecordTalks(Long townId, Long villageId) {
        return Access.canEdit(Access.Editors.TOWN, townId, villageId);
    }

    /** The village's items in the order their commitments were pledged. */
    @Transactional(readOnly = true)
    public List<EvaluationItem> itemsOf(Evaluation evaluation, Village village) {
        List<EvaluationItem> found = items.findOfVillage(evaluation.getId(), village.getId());
        Map<Long, CommitmentRef> commitments = commitmentsOf(found);
        return found.stream().sorted(Comparator.comparing((EvaluationItem i) -> commitments.get(i.getCommitmentId()).pledgedOn())
                .thenComparing(EvaluationItem::getId)).toList();
    }

    /** The commitments the items grade, by commitment id. */
    @Transactional(readOnly = true)
    public Map<Long, CommitmentRef> commitmentsOf(Collection<EvaluationItem> of) {
        return commitments.refs(of.stream().map(EvaluationItem::getCommitmentId).collect(Collectors.toSet()));
    }

    /** The names of the panel members who cast these votes, by representative id. */
    @Transactional(readOnly = true)
    public Map<Long, String> voterNamesOf(Map<Long, List<Vote>> votes) {
        Set<Long> ids = votes.values().stream().flatMap(List::stream).map(Vote::getPanelMemberId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return representatives.refs(ids).stream().collect(Collectors.toMap(RepresentativeRef::id, RepresentativeRef::name));
    }

    @Transactional(readOnly = true)
    public Map<Long, List<Vote>> votesOf(Collection<EvaluationItem> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        return votes.findOfItems(of.stream().map(EvaluationItem::getId).toList()).stream()
                .collect(Collectors.groupingBy(v -> v.getItem().getId()));
    }

    /** The representatives on the village's panel, by name. */
    @Transactional(readOnly = true)
    public List<RepresentativeRef> panelOf(Evaluation evaluation, Village village) {
        return representatives.refs(panels.findByEvaluationIdAndVillageId(evaluation.getId(), village.getId()).stream()
                .map(PanelMember::getRepresentativeId).toList());
    }

    /** The village's representatives by name, to choose a panel from. */
    @Transactional(readOnly = true)
    public List<RepresentativeRef> representativesOf(Village village) {
        return representatives.refsOfVillage(village.getId());
    }

    /** A panel member of the village's panel, or not found. */
    @Transactional(readOnly = true)
    public RepresentativeRef panelMember(Evaluation evaluation, Village village, Long representativeId) {
        return panelOf(evaluation, village).stream().filter(r -> r.id().equals(representativeId))
                .findFirst().orElseThrow(() -> new RecordNotFoundException("panel member", representativeId));
    }

    @Transactional(readOnly = true)
    public Optional<Long> evaluationWithToken(String token) {
        return token == null ? Optional.empty() : evaluations.findByClientToken(token).map(Evaluation::getId);
    }

    @Transactional(readOnly = true)
    public Optional<WarningTalk> talkOf(Long evaluationId, Long representativeId) {
        return talks.findByEvaluationIdAndRepresentativeId(evaluationId, representativeId);
    }

    // ---- the district opens and closes

    /** Opens the year's evaluation with every public commitment pledged that year and not withdrawn. */
    @Transactional
    public Evaluation open(EvaluationForm form) {
        Access.requireCreate(Access.Editors.DISTRICT, "evaluation");
        if (evaluations.findByYear(form.getYear()).isPresent()) {
            throw new InvalidFieldException("year", "evaluation.year.taken", form.getYear());
        }
        if (form.getClosesOn().isBefore(today())) {
            throw new InvalidFieldException("closesOn", "evaluation.closesOn.past");
        }
        Evaluation evaluation = evaluations.saveAndFlush(new Evaluation(form.getYear(), form.getTitle(), form.getClosesOn(),
                form.getGradeRule(), form.getThresholdPercent(), today(), username(), OneTimeToken.orFresh(form.getToken())));
        // the commitments module's table, read once here: the set of commitments is fixed when the evaluation opens
        jdbc.update("""
                insert into evaluation_item (evaluation_id, commitment_id, town_id, village_id, representative_id)
                select ?, c.id, v.town_id, c.village_id, c.representative_id from commitment c join village v on v.id = c.village_id
                where c.public_notice and c.status <> 'WITHDRAWN' and c.pledged_on between ? and ?""",
                evaluation.getId(), LocalDate.of(form.getYear(), 1, 1), LocalDate.of(form.getYear(), 12, 31));
        return evaluation;
    }

    /** Closes the evaluation now: grades are frozen from here on (the database refuses later votes) and the results published. */
    @Transactional
    public void close(Long id, Long expectedVersion) {
        if (!Access.canCreate(Access.Editors.DISTRICT)) {
            throw new AccessDeniedException("only the district closes an evaluation");
        }
        Evaluation evaluation = get(id);
        ConcurrentEditException.check("evaluation", id, expectedVersion, evaluation.getVersion());
        if (evaluation.getClosedAt() != null) {
            throw new ConcurrentEditException("evaluation", id);
        }
        // waits for votes being recorded (they hold the row in share mode) and keeps new ones out until committed
        jdbc.queryForObject("select id from evaluation where id = ? for update", Long.class, id);
        evaluation.close(Instant.now(clock), username());
    }

    // ---- raters vote

    /**
     * Records the grades of one rater (the town, the secretary, or a panel member named by {@code panelMemberId}) for
     * commitments of one village, decides each commitment's grade again by the evaluation's rule and awards or takes
     * back its points. A rater has one vote per commitment: voting again corrects it (its history keeps the earlier
     * grade); a form sent twice (the same token) records once. The whole list is written in a fixed number of statements,
     * so a panel member's sheet and a single tap take the same path.
     */
    @Transactional
    public void record(Long evaluationId, Long villageId, Rater rater, Long panelMemberId, List<VoteInput> inputs) {
        Evaluation evaluation = get(evaluationId);
        Village village = village(villageId);
        RepresentativeRef panelMember = null;
        if (rater == Rater.PANEL) {
            if (!canRecordPanel(village)) {
                throw new AccessDeniedException("may not record the panel's votes of village " + villageId);
            }
            panelMember = panelMember(evaluation, village, panelMemberId);
        } else if (!seatsOf(village).contains(rater)) {
            throw new AccessDeniedException("does not rate village " + villageId + " as " + rater);
        }
        // a close waits for this vote, and this vote waits for a close under way
        jdbc.queryForObject("select id from evaluation where id = ? for share", Long.class, evaluationId);
        entityManager.refresh(evaluation);
        if (evaluation.isClosed(today())) {
            throw new InvalidFieldException(null, "evaluation.closed");
        }
        if (inputs.isEmpty()) {
            return;
        }
        for (VoteInput input : inputs) {
            if (input.grade() == Grade.FAILED && (input.comment() == null || input.comment().isBlank())) {
                throw new InvalidFieldException("comment", "evaluation.vote.commentRequired");
            }
            InvalidFieldException.checkLength("comment", input.comment(), 300);
        }
        Set<String> tokens = inputs.stream().map(VoteInput::token).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> used = tokens.isEmpty() ? Set.of()
                : votes.findByClientTokenIn(tokens).stream().map(v -> v.getClientToken()).collect(Collectors.toSet());
        List<VoteInput> fresh = inputs.stream().filter(i -> i.token() == null || !used.contains(i.token())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        Set<Long> itemIds = new LinkedHashSet<>(fresh.stream().map(VoteInput::itemId).toList());
        // one writer per commitment at a time: its votes and grade are decided together
        List<Long> locked = jdbc.queryForList("""
                select id from evaluation_item where evaluation_id = ? and village_id = ? and id = any (?) order by id for update""",
                Long.class, evaluationId, villageId, itemIds.toArray(new Long[0]));
        if (locked.size() != itemIds.size()) {
            throw new InvalidFieldException("itemId", "evaluation.vote.noItem");
        }
        Map<Long, EvaluationItem> byId = items.findAllById(itemIds).stream()
                .collect(Collectors.toMap(EvaluationItem::getId, i -> i));
        Map<Long, List<Vote>> existing = votesOf(byId.values());
        String by = username();
        Instant now = Instant.now(clock);
        for (VoteInput input : fresh) {
            EvaluationItem item = byId.get(input.itemId());
            if (panelMember != null && panelMember.id().equals(item.getRepresentativeId())) {
                throw new InvalidFieldException("itemId", "evaluation.vote.ownCommitment");
            }
            Long memberId = panelMember == null ? null : panelMember.id();
            Optional<Vote> mine = existing.getOrDefault(item.getId(), List.of()).stream()
                    .filter(v -> v.getRater() == rater && Objects.equals(memberId, v.getPanelMemberId()))
                    .findFirst();
            String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().trim();
            if (mine.isPresent()) {
                mine.get().correct(input.grade(), comment, by, now);
            } else {
                Vote vote = new Vote(item, rater, memberId, input.grade(), comment, by, now, OneTimeToken.orFresh(input.token()));
                votes.save(vote);
                existing.computeIfAbsent(item.getId(), k -> new ArrayList<>()).add(vote);
            }
        }
        votes.flush();
        regrade(evaluation, byId.values(), existing);
    }

    /** Decides each item's grade from its votes; items whose grade changed lose their old points and earn the new ones. */
    private void regrade(Evaluation evaluation, Collection<EvaluationItem> of, Map<Long, List<Vote>> votesByItem) {
        LocalDate today = today();
        List<Long> changed = new ArrayList<>();
        List<EvaluationItem> earning = new ArrayList<>();
        for (EvaluationItem item : of) {
            List<GradeRule.Ballot> ballots = votesByItem.getOrDefault(item.getId(), List.of()).stream()
                    .map(v -> new GradeRule.Ballot(v.getRater(), v.getGrade())).toList();
            if (item.regrade(evaluation.getGradeRule().decide(ballots), today)) {
                changed.add(item.getId());
                if (item.getGrade() != null && item.getRepresentativeId() != null) {
                    earning.add(item);
                }
            }
        }
        if (!changed.isEmpty()) {
            Map<Long, CommitmentRef> commitments = commitmentsOf(earning);
            List<PointService.RuleAward> awards = earning.stream().map(item -> new PointService.RuleAward(item.getGrade().pointRule(),
                    item.getRepresentativeId(), item.getId(), today, reason(evaluation, commitments.get(item.getCommitmentId())))).toList();
            items.flush();
            points.reaward(POINT_SOURCE, changed, awards);
        }
    }

    private static String reason(Evaluation evaluation, CommitmentRef commitment) {
        String text = evaluation.getYear() + "年述诺评诺：" + commitment.content();
        return text.length() <= 300 ? text : text.substring(0, 300);
    }

    // ---- the panel

    /** Sets the village's panel: representatives of the village; a member who has voted stays (their votes count). */
    @Transactional
    public void setPanel(Long evaluationId, Long villageId, Collection<Long> representativeIds) {
        Evaluation evaluation = get(evaluationId);
        Village village = village(villageId);
        if (!canRecordPanel(village)) {
            throw new AccessDeniedException("may not choose the panel of village " + villageId);
        }
        if (evaluation.isClosed(today())) {
            throw new InvalidFieldException(null, "evaluation.closed");
        }
        Set<Long> ofVillage = representativesOf(village).stream().map(RepresentativeRef::id).collect(Collectors.toSet());
        Set<Long> wanted = new HashSet<>(representativeIds);
        if (!ofVillage.containsAll(wanted)) {
            throw new InvalidFieldException("representativeIds", "evaluation.panel.notOfVillage");
        }
        List<PanelMember> current = panels.findByEvaluationIdAndVillageId(evaluationId, villageId);
        Map<Long, String> names = panelOf(evaluation, village).stream().collect(Collectors.toMap(RepresentativeRef::id, RepresentativeRef::name));
        Set<Long> voted = new HashSet<>(jdbc.queryForList("""
                select distinct v.panel_member_id from evaluation_vote v join evaluation_item i on i.id = v.item_id
                where i.evaluation_id = ? and i.village_id = ? and v.panel_member_id is not null""", Long.class, evaluationId, villageId));
        for (PanelMember member : current) {
            Long id = member.getRepresentativeId();
            if (!wanted.remove(id)) {
                if (voted.contains(id)) {
                    throw new InvalidFieldException("representativeIds", "evaluation.panel.hasVotes", names.get(id));
                }
                panels.delete(member);
            }
        }
        wanted.forEach(id -> panels.save(new PanelMember(evaluationId, villageId, id)));
    }

    // ---- warning talks

    /** Records (or corrects) the warning talk with a representative at or over the threshold of a closed evaluation. */
    @Transactional
    public WarningTalk recordTalk(Long evaluationId, Long representativeId, TalkForm form) {
        Evaluation evaluation = get(evaluationId);
        RepresentativeRef representative = representatives.refs(List.of(representativeId)).stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("representative", representativeId));
        Village village = village(representative.villageId());
        Long townId = village.getTown().getId();
        Access.requireEdit(Access.Editors.TOWN, townId, village.getId(), "warning talk", representativeId);
        if (!evaluation.isClosed(today())) {
            throw new InvalidFieldException(null, "evaluation.talk.notClosed");
        }
        long[] counts = jdbc.queryForObject("""
                select count(*), count(*) filter (where grade = 'FAILED') from evaluation_item where evaluation_id = ? and representative_id = ?""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, evaluationId, representativeId);
        if (!evaluation.escalates(counts[1], counts[0])) {
            throw new InvalidFieldException(null, "evaluation.talk.notNeeded");
        }
        WarningTalk talk = talks.findByEvaluationIdAndRepresentativeId(evaluationId, representativeId).orElse(null);
        if (talk == null) {
            talk = new WarningTalk(evaluationId, representativeId, townId, village.getId(), OneTimeToken.orFresh(form.getToken()));
        } else {
            ConcurrentEditException.check("warning talk", talk.getId(), form.getVersion(), talk.getVersion());
        }
        talk.record(form.getHeldOn(), form.getHeldBy(), form.getOutcome(), username());
        inbox.close(EvaluationInboxSource.talkKey(evaluationId, representativeId));
        return talks.save(talk);
    }

    @Transactional(readOnly = true)
    public Optional<String> talkWithToken(String token) {
        return token == null ? Optional.empty()
                : talks.findByClientToken(token).map(t -> "/evaluations/" + t.getEvaluationId() + "/talks/" + t.getRepresentativeId());
    }

    static String username() {
        PortalUser user = Scope.currentUser();
        return user == null ? "system" : user.getUsername();
    }
}
