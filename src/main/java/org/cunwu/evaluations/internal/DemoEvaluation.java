package org.cunwu.evaluations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cunwu.representatives.CommitmentService;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo district's closed 2023 evaluation, made by the same service calls as the users': the district opens it
 * (majority rule, 30 %), each town's staff and each village's secretary rate their villages' lists, the secretaries of
 * 褚墩一村 and of one village of 册山街道 record their panels' votes, the district closes it, and the towns record talks.
 * 褚墩一村's most active representative pledged ten commitments at the 亮相承诺 meeting (the missing ones are added
 * through the commitment form's service) and has exactly 3 graded 不合格: 30 %, a talk still to hold; another of
 * its representatives is over the line with the talk recorded.
 */
@Component
@Profile("demo")
@Order(70)
class DemoEvaluation implements ApplicationRunner {

    private static final int YEAR = 2023;
    private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);

    private final EvaluationService service;
    private final CommitmentService commitments;
    private final JdbcTemplate jdbc;
    private final EvaluationResults results;

    DemoEvaluation(EvaluationService service, CommitmentService commitments, JdbcTemplate jdbc, EvaluationResults results) {
        this.service = service;
        this.results = results;
        this.commitments = commitments;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("select count(*) from evaluation where year = ?", Long.class, YEAR) > 0
                || jdbc.queryForObject("select count(*) from village where name = '褚墩一村'", Long.class) == 0) {
            return;
        }
        long started = System.nanoTime();
        try {
            Long chudun = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
            Long ceshanVillage = jdbc.queryForObject("""
                    select min(v.id) from village v join town t on t.id = v.town_id where t.name = '册山街道'
                      and exists (select 1 from commitment c where c.village_id = v.id and c.representative_id is not null)""", Long.class);
            Long active = tenCommitmentsOf(chudun);
            Evaluation evaluation = open();
            rateAll(evaluation, chudun, ceshanVillage, active);
            as(user(Role.DISTRICT_STAFF, "district", null, null));
            service.close(evaluation.getId(), jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluation.getId()));
            recordTalks(evaluation, active);
            log.info("demo evaluation of {} loaded in {} ms", YEAR, (System.nanoTime() - started) / 1_000_000);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** 褚墩一村's representative with the most 2023 commitments gets ten, through the commitment form's service. */
    private Long tenCommitmentsOf(Long village) {
        Long rep = jdbc.queryForObject("""
                select r.id from representative r left join commitment c on c.representative_id = r.id and c.public_notice
                  and c.status <> 'WITHDRAWN' and extract(year from c.pledged_on) = 2023
                where r.village_id = ? group by r.id order by count(c.id) desc, r.id limit 1""", Long.class, village);
        long has = jdbc.queryForObject("""
                select count(*) from commitment where representative_id = ? and public_notice and status <> 'WITHDRAWN'
                  and extract(year from pledged_on) = 2023""", Long.class, rep);
        String name = jdbc.queryForObject("select name from representative where id = ?", String.class, rep);
        as(user(Role.VILLAGE_SECRETARY, "sec-chudun1", null, village));
        String[] pledges = {"帮助3户困难群众申请临时救助", "组织本组志愿者清扫道路2次", "协调修复本组灌溉机井1眼", "宣传医保缴费政策入户10户",
            "调解本组邻里纠纷", "组织本组环境卫生评比1次", "帮助2户村民对接务工信息", "收集整理本组群众意见建议", "配合做好本组防汛排查",
            "动员本组村民参加技能培训"};
        for (long i = has; i < 10; i++) {
            commitments.pledge(village, rep, name, pledges[(int) i], LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 10, 31));
        }
        return rep;
    }

    private Evaluation open() {
        as(user(Role.DISTRICT_STAFF, "district", null, null));
        EvaluationForm form = new EvaluationForm();
        form.setYear(YEAR);
        form.setTitle(YEAR + "年度村民代表述诺评诺");
        form.setClosesOn(service.today().plusDays(14));
        form.setGradeRule(GradeRule.MAJORITY);
        form.setThresholdPercent(30);
        return service.open(form);
    }

    private record Item(long id, long villageId, long townId, Long representativeId, String status, LocalDate fulfilledOn, LocalDate promisedBy) {
    }

    /**
     * The town grades what was fulfilled well ahead of time 优秀, the rest 合格; in 褚墩一村 and the 册山 village the town
     * finds some commitments unqualified; the secretaries mostly agree; the two panels vote with the town.
     */
    private void rateAll(Evaluation evaluation, Long chudun, Long ceshanVillage, Long active) {
        Map<Long, List<Item>> byVillage = new LinkedHashMap<>();
        jdbc.query("""
                select i.id, i.village_id, i.town_id, i.representative_id, c.status, c.fulfilled_on, c.promised_by
                from evaluation_item i join commitment c on c.id = i.commitment_id where i.evaluation_id = ? order by i.village_id, i.id""",
                rs -> {
                    Item item = new Item(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4), rs.getString(5),
                            rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate());
                    byVillage.computeIfAbsent(item.villageId(), v -> new ArrayList<>()).add(item);
                }, evaluation.getId());
        Long otherRep = jdbc.queryForObject("""
                select min(representative_id) from evaluation_item where evaluation_id = ? and village_id = ? and representative_id <> ?""",
                Long.class, evaluation.getId(), chudun, active);
        for (Map.Entry<Long, List<Item>> village : byVillage.entrySet()) {
            List<Item> items = village.getValue();
            long townId = items.get(0).townId();
            int[] failedOfActive = {0};
            List<EvaluationService.VoteInput> town = new ArrayList<>();
            List<EvaluationService.VoteInput> secretary = new ArrayList<>();
            for (Item item : items) {
                Grade grade = townGrade(item);
                String comment = null;
                boolean demoVillage = village.getKey().equals(chudun) || village.getKey().equals(ceshanVillage);
                if (demoVillage && item.representativeId() != null && item.representativeId().equals(active) && failedOfActive[0] < 3) {
                    failedOfActive[0]++;
                    grade = Grade.FAILED;
                    comment = "承诺事项未按期兑现，群众反映较多";
                } else if (demoVillage && item.representativeId() != null && item.representativeId().equals(otherRep)) {
                    grade = Grade.FAILED;
                    comment = "未见实际行动，群众不认可";
                } else if (village.getKey().equals(ceshanVillage) && !"FULFILLED".equals(item.status()) && item.id() % 2 == 0) {
                    grade = Grade.FAILED;
                    comment = "逾期未兑现";
                }
                town.add(new EvaluationService.VoteInput(item.id(), grade, comment, UUID.randomUUID().toString()));
                // the secretary sees an excellent one as merely qualified now and then
                Grade own = grade == Grade.EXCELLENT && item.id() % 3 == 0 ? Grade.QUALIFIED : grade;
                secretary.add(new EvaluationService.VoteInput(item.id(), own, comment, UUID.randomUUID().toString()));
            }
            as(user(Role.TOWN_STAFF, "town-" + townId, townId, null));
            service.record(evaluation.getId(), village.getKey(), Rater.TOWN, null, town);
            as(user(Role.VILLAGE_SECRETARY, "sec-" + village.getKey(), null, village.getKey()));
            service.record(evaluation.getId(), village.getKey(), Rater.SECRETARY, null, secretary);
            if (village.getKey().equals(chudun) || village.getKey().equals(ceshanVillage)) {
                recordPanel(evaluation, village.getKey(), town);
            }
        }
    }

    /** Three representatives (none of them the two with unqualified commitments) rate as the town did. */
    private void recordPanel(Evaluation evaluation, Long villageId, List<EvaluationService.VoteInput> town) {
        List<Long> members = jdbc.queryForList("""
                select r.id from representative r where r.village_id = ? and not exists (select 1 from evaluation_item i
                  where i.evaluation_id = ? and i.representative_id = r.id and i.grade = 'FAILED') order by r.id limit 3""",
                Long.class, villageId, evaluation.getId());
        service.setPanel(evaluation.getId(), villageId, members);
        Map<Long, Long> repOfItem = new LinkedHashMap<>();
        jdbc.query("select id, representative_id from evaluation_item where evaluation_id = ? and village_id = ?",
                rs -> { repOfItem.put(rs.getLong(1), (Long) rs.getObject(2)); }, evaluation.getId(), villageId);
        for (Long member : members) {
            service.record(evaluation.getId(), villageId, Rater.PANEL, member, town.stream()
                    .filter(vote -> !member.equals(repOfItem.get(vote.itemId())))
                    .map(vote -> new EvaluationService.VoteInput(vote.itemId(), vote.grade(), vote.comment(), UUID.randomUUID().toString()))
                    .toList());
        }
    }

    private static Grade townGrade(Item item) {
        boolean early = item.fulfilledOn() != null && item.fulfilledOn().isBefore(item.promisedBy().minusDays(20));
        return early ? Grade.EXCELLENT : Grade.QUALIFIED;
    }

    /** The towns record the talks with those over the line, except 褚墩一村's representative at exactly 30 % (a talk to hold). */
    private void recordTalks(Evaluation evaluation, Long active) {
        as(user(Role.DISTRICT_STAFF, "district", null, null));
        for (EvaluationResults.RepresentativeResult r : resultsOf(evaluation)) {
            if (r.representativeId().equals(active)) {
                continue;
            }
            as(user(Role.TOWN_STAFF, "town-" + r.townId(), r.townId(), null));
            TalkForm form = new TalkForm();
            form.setHeldOn(service.today());
            form.setHeldBy(r.townName() + "党（工）委组织委员");
            form.setOutcome("指出承诺未兑现的问题，本人表态限期整改，镇街跟踪督办。");
            service.recordTalk(evaluation.getId(), r.representativeId(), form);
        }
    }

    private List<EvaluationResults.RepresentativeResult> resultsOf(Evaluation evaluation) {
        return results.representatives(evaluation, null, null, true);
    }

    private void as(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static PortalUser user(Role role, String username, Long townId, Long villageId) {
        return new PortalUser(null, username, "", username, role, townId, villageId, true, true);
    }
}
