package org.cunwu.representatives.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cunwu.representatives.PointService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The representatives' work of 2023 in the demo district, generated deterministically (fixed seed) and in
 * batches so that start-up stays quick: 10 representatives with 10 linked households per village, more than
 * 6,200 public commitments, more than 8,500 reception person-times, more than 10,000 problems resolved, and
 * 12 petition disputes resolved in the villages under rectification. Made-up names only.
 */
@Component
@Profile("demo")
@Order(60)
class DemoRepresentatives implements ApplicationRunner {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶";
    private static final String GIVEN = "秀兰桂英玉珍建华国强志刚丽娟海燕春梅长青德福立新永胜凤英金花";
    private static final String[] COMMITMENTS = {"修缮村内道路%d米", "清理沟渠%d处", "帮扶困难户%d户", "组织志愿服务%d次",
            "安装路灯%d盏", "调解邻里纠纷%d起", "开展政策宣讲%d场", "协助流转土地%d亩"};
    private static final String[] TOPICS = {"道路破损影响出行", "饮用水水压不足", "垃圾清运不及时", "邻里宅基地纠纷", "土地承包合同续签",
            "养老保险缴费咨询", "低保申请", "排水沟堵塞", "路灯损坏", "村内停车难"};
    private static final String[] CATEGORY_OF_TOPIC = {"ROADS", "WATER", "SANITATION", "NEIGHBOUR", "LAND", "SOCIAL_SECURITY",
            "SOCIAL_SECURITY", "WATER", "ROADS", "OTHER"};
    private static final String[] COMMITMENT_CATEGORIES = {"INFRASTRUCTURE", "ENVIRONMENT", "PUBLIC_SERVICE", "CIVILITY",
            "INFRASTRUCTURE", "GOVERNANCE", "CIVILITY", "INDUSTRY"};

    private static final String[] VISIT_NOTES = {"了解家庭近况，宣传惠民政策", "收集对村内道路的意见", "提醒防火防汛安全", "询问老人身体和用药情况",
            "征求村规民约修订意见", "介绍就业培训信息"};

    private final JdbcTemplate jdbc;
    private final PointService points;

    DemoRepresentatives(JdbcTemplate jdbc, PointService points) {
        this.jdbc = jdbc;
        this.points = points;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("select count(*) from representative", Long.class) > 0) {
            return;
        }
        Random random = new Random(20231231L);
        List<Long> villages = jdbc.queryForList("select id from village order by code", Long.class);
        List<Long> rectified = jdbc.queryForList("select id from village where rectification order by code", Long.class);
        LocalDate start = LocalDate.of(2023, 1, 1);

        List<Object[]> reps = new ArrayList<>();
        int n = 0;
        for (Long village : villages) {
            for (int i = 0; i < 10; i++) {
                n++;
                reps.add(new Object[] {village, name(n), n % 2 == 0 ? "女" : "男", "135" + String.format("%08d", (n * 7_919L) % 100_000_000L),
                        "LZ2021-" + String.format("%05d", n), Date.valueOf(LocalDate.of(2021, 3, 1 + n % 28)), n % 9 != 0,
                        Date.valueOf(LocalDate.of(2021, 3, 1)), Date.valueOf(LocalDate.of(2026, 2, 28))});
            }
        }
        jdbc.batchUpdate("""
                insert into representative (village_id, name, gender, phone, certificate_no, certified_on, plaque_hung, term_from, term_to)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", reps);
        List<Object[]> repRows = jdbc.query("select id, village_id, name from representative order by id",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)});
        List<Object[]> households = new ArrayList<>();
        for (Object[] rep : repRows) {
            for (int h = 1; h <= 10; h++) {
                households.add(new Object[] {rep[0], name((int) ((Long) rep[0] * 13 + h)) + "户", "第" + (1 + h % 6) + "组"});
            }
        }
        jdbc.batchUpdate("insert into representative_household (representative_id, household, address) values (?, ?, ?)", households);

        // 6,380 public commitments pledged in 2023, 22 a village on average, most fulfilled
        List<Object[]> commitments = new ArrayList<>();
        for (int i = 0; i < 6380; i++) {
            Object[] rep = repRows.get(random.nextInt(repRows.size()));
            LocalDate pledged = start.plusDays(random.nextInt(300));
            LocalDate promised = pledged.plusDays(30 + random.nextInt(120));
            int kind = random.nextInt(100);
            String status = kind < 72 ? "FULFILLED" : kind < 86 ? "IN_PROGRESS" : kind < 96 ? "PLEDGED" : "WITHDRAWN";
            LocalDate fulfilled = "FULFILLED".equals(status) ? pledged.plusDays(10 + random.nextInt(100)) : null;
            int template = random.nextInt(COMMITMENTS.length);
            commitments.add(new Object[] {rep[1], rep[0], rep[2], String.format(COMMITMENTS[template], 2 + random.nextInt(40)),
                    COMMITMENT_CATEGORIES[template], Date.valueOf(pledged), Date.valueOf(promised), status, true,
                    fulfilled == null ? null : Date.valueOf(fulfilled), fulfilled == null ? null : "已按承诺完成，群众满意",
                    "WITHDRAWN".equals(status) ? "情况变化，经村民代表会议同意撤回" : null});
        }
        jdbc.batchUpdate("""
                insert into commitment (village_id, representative_id, pledged_by, content, category, pledged_on, promised_by, status,
                                        public_notice, fulfilled_on, fulfilment_note, withdrawn_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", commitments);

        // 3,000 receptions with 1–5 people each: about 9,000 person-times
        List<Object[]> receptions = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            Long village = villages.get(random.nextInt(villages.size()));
            int topic = random.nextInt(TOPICS.length);
            receptions.add(new Object[] {village, Date.valueOf(start.plusDays(random.nextInt(365))), name(100_000 + i),
                    TOPICS[topic], 1 + random.nextInt(5), "村党组织书记", "当场答复，登记办理"});
        }
        jdbc.batchUpdate("""
                insert into reception (village_id, received_on, resident_name, topic, people_count, handled_by, outcome)
                values (?, ?, ?, ?, ?, ?, ?)""", receptions);

        // 10,400 everyday problems resolved in 2023 (not petitions), 260 still open, 12 petitions resolved in rectified villages
        List<Object[]> problems = new ArrayList<>();
        for (int i = 0; i < 10_660; i++) {
            Long village = villages.get(random.nextInt(villages.size()));
            int topic = random.nextInt(TOPICS.length);
            LocalDate reported = start.plusDays(random.nextInt(330));
            boolean resolved = i < 10_400;
            LocalDate resolvedOn = resolved ? reported.plusDays(1 + random.nextInt(30)) : null;
            problems.add(problem(village, i % 3 == 0 ? "VISIT" : "RECEPTION", CATEGORY_OF_TOPIC[topic], false, TOPICS[topic], reported,
                    resolved ? "RESOLVED" : (i % 2 == 0 ? "ASSIGNED" : "OPEN"), resolvedOn));
        }
        for (int i = 0; i < 12; i++) {
            LocalDate reported = LocalDate.of(2023, 2 + i % 9, 3 + i);
            problems.add(problem(rectified.get(i % rectified.size()), "PETITION", "NEIGHBOUR", true, "信访矛盾：" + TOPICS[3 + i % 2],
                    reported, "RESOLVED", reported.plusDays(20 + i)));
        }
        problems.add(problem(villages.get(5), "PETITION", "LAND", true, "信访矛盾：土地权属争议", LocalDate.of(2023, 11, 2), "ESCALATED", null));
        List<Long> visitOfProblem = visits(repRows, problems);
        for (int i = 0; i < problems.size(); i++) {
            Object[] row = Arrays.copyOf(problems.get(i), 12);
            row[11] = visitOfProblem.get(i);
            problems.set(i, row);
        }
        jdbc.batchUpdate("""
                insert into problem (village_id, source, category_id, petition, title, reported_on, status, assigned_to,
                                     resolution_note, resolved_on, escalation_reason, visit_id)
                values (?, ?, (select id from problem_category where code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)""", problems);
        awardPoints();
    }

    /**
     * Household visits across 2023, drawn from a random of their own so that the figures above stay as they were:
     * each representative visits 2 to 9 of their 10 households, some of them more than once, and every problem found
     * on a visit gets a visit of a representative of its village on the day it was reported, at a household they
     * visit anyway. Returns the visit of each problem (null where it was not found on a visit).
     */
    private List<Long> visits(List<Object[]> repRows, List<Object[]> problems) {
        Random random = new Random(20230615L);
        LocalDate start = LocalDate.of(2023, 1, 1);
        Map<Long, List<Object[]>> householdsOf = new HashMap<>();
        jdbc.query("select id, representative_id, household from representative_household order by id", rs -> {
            householdsOf.computeIfAbsent(rs.getLong(2), r -> new ArrayList<>()).add(new Object[] {rs.getLong(1), rs.getString(3)});
        });
        Map<Long, List<Object[]>> visitedOf = new HashMap<>();
        Map<Long, List<Object[]>> repsOfVillage = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (Object[] rep : repRows) {
            repsOfVillage.computeIfAbsent((Long) rep[1], v -> new ArrayList<>()).add(rep);
            List<Object[]> households = new ArrayList<>(householdsOf.get((Long) rep[0]));
            Collections.shuffle(households, random);
            List<Object[]> visited = households.subList(0, 2 + random.nextInt(8));
            visitedOf.put((Long) rep[0], visited);
            for (Object[] household : visited) {
                for (int times = 1 + random.nextInt(3); times > 0; times--) {
                    rows.add(visit(rows.size(), rep, household, start.plusDays(random.nextInt(365)), random));
                }
            }
        }
        List<Integer> rowOfProblem = new ArrayList<>();
        for (Object[] problem : problems) {
            List<Object[]> reps = repsOfVillage.get((Long) problem[0]);
            if (!"VISIT".equals(problem[1]) || reps == null) {
                rowOfProblem.add(null);
                continue;
            }
            Object[] rep = reps.get(random.nextInt(reps.size()));
            List<Object[]> visited = visitedOf.get((Long) rep[0]);
            rowOfProblem.add(rows.size());
            rows.add(visit(rows.size(), rep, visited.get(random.nextInt(visited.size())), ((Date) problem[5]).toLocalDate(), random));
        }
        jdbc.batchUpdate("""
                insert into household_visit (village_id, representative_id, household_id, visited_on, notes, client_token)
                values (?, ?, ?, ?, ?, ?)""", rows);
        List<Long> ids = jdbc.queryForList("select id from household_visit where client_token like 'demo-visit-%' order by id", Long.class);
        return rowOfProblem.stream().map(row -> row == null ? null : ids.get(row)).toList();
    }

    private static Object[] visit(int n, Object[] rep, Object[] household, LocalDate on, Random random) {
        return new Object[] {rep[1], rep[0], household[0], Date.valueOf(on), VISIT_NOTES[random.nextInt(VISIT_NOTES.length)],
                "demo-visit-" + n};
    }

    /**
     * The points the rules give for what the demo recorded, awarded by {@link PointService} with the rule table as it
     * stands, exactly as the forms would have: a visit, a fulfilled commitment, a problem found on a visit and resolved.
     */
    private void awardPoints() {
        points.awardAll(PointRule.VISIT, PointService.SOURCE_VISIT, jdbc.query("""
                select v.representative_id, v.id, v.visited_on, h.household from household_visit v
                join representative_household h on h.id = v.household_id order by v.id""", DemoRepresentatives::award));
        points.awardAll(PointRule.COMMITMENT_FULFILLED, PointService.SOURCE_COMMITMENT, jdbc.query("""
                select representative_id, id, fulfilled_on, content from commitment
                where status = 'FULFILLED' and representative_id is not null order by id""", DemoRepresentatives::award));
        points.awardAll(PointRule.PROBLEM_RESOLVED, PointService.SOURCE_PROBLEM, jdbc.query("""
                select v.representative_id, p.id, p.resolved_on, p.title from problem p join household_visit v on v.id = p.visit_id
                where p.status = 'RESOLVED' order by p.id""", DemoRepresentatives::award));
    }

    private static PointService.Award award(ResultSet rs, int row) throws SQLException {
        return new PointService.Award(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4));
    }

    private static Object[] problem(Long village, String source, String category, boolean petition, String title, LocalDate reported,
            String status, LocalDate resolvedOn) {
        return new Object[] {village, source, category, petition, title, Date.valueOf(reported), status,
                "OPEN".equals(status) ? null : "村两委", "RESOLVED".equals(status) ? "已协调解决，群众满意" : null,
                resolvedOn == null ? null : Date.valueOf(resolvedOn), "ESCALATED".equals(status) ? "涉及跨村土地权属，报镇街协调" : null};
    }

    private static String name(int n) {
        return String.valueOf(SURNAMES.charAt(n % SURNAMES.length())) + GIVEN.substring((n * 2) % GIVEN.length(), (n * 2) % GIVEN.length() + 2);
    }
}
