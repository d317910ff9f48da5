package org.cunwu.campaigns.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.cunwu.villages.Village;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three campaigns of 2023 in the source, each counting the results it is about: 后进班子集中攻坚 (cadres adjusted,
 * new operating projects, petitions resolved, as the source reports it), 村改社区集中攻坚 with its four directions and
 * 27 completed tasks (problems resolved, commitments kept while villages become communities), and
 * 示范片区集中攻坚 (new operating projects, commitments kept).
 */
@Component
@Profile("demo")
@Order(50)
class DemoCampaigns implements ApplicationRunner {

    private static final List<String> CONVERSION_DIRECTIONS = List.of("强化党组织领导", "规范“政经”分离程序",
            "加强集体经济组织监管", "规范社区运行");

    private static final List<List<String>> CONVERSION_TASKS = List.of(
            List.of("完成社区党组织设置调整", "选优配强社区党组织书记", "建立社区党组织议事规则", "开展社区党员分类管理",
                    "组建网格党小组", "落实区委书记领衔统筹机制", "召开联席会议专题研究"),
            List.of("完成集体资产清产核资", "制定政经分离实施方案", "完成集体经济组织成员身份确认", "分设社区与经济组织账户",
                    "建立政经分离台账", "完成印章与证照分设", "公示政经分离结果"),
            List.of("制定集体经济组织章程", "建立集体资产交易制度", "推行集体经济合同规范管理", "开展集体资金专项审计",
                    "建立三资监管平台", "落实集体收益分配公开"),
            List.of("制定社区服务事项清单", "建设党群服务中心", "规范社区居委会选举", "建立居民议事会制度",
                    "推行社区工作者职业体系", "完善社区物业管理机制", "建立社区运行考核办法"));

    private final CampaignRepository campaigns;
    private final DirectionRepository directions;
    private final TaskRepository tasks;
    private final TaskEventRepository events;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    DemoCampaigns(CampaignRepository campaigns, DirectionRepository directions, TaskRepository tasks, TaskEventRepository events,
            JdbcTemplate jdbc, EntityManager entityManager) {
        this.campaigns = campaigns;
        this.directions = directions;
        this.tasks = tasks;
        this.events = events;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (campaigns.count() > 0) {
            return;
        }
        Instant now = Instant.now();
        Campaign rectification = campaign("后进班子集中攻坚", "整顿后进村党组织班子，调整不胜任村干部，发展经营性项目，化解信访矛盾。",
                "select id from village where rectification",
                EnumSet.of(ResultMeasure.CADRES_ADJUSTED, ResultMeasure.NEW_OPERATING_PROJECTS, ResultMeasure.PETITIONS_RESOLVED));
        Direction team = directions.save(new Direction(rectification, "调整配强村级班子", 1));
        Direction economy = directions.save(new Direction(rectification, "发展村级经营性项目", 2));
        Direction petitions = directions.save(new Direction(rectification, "化解信访矛盾", 3));
        task(rectification, team, "逐村研判班子运行情况", LocalDate.of(2023, 3, 31), LocalDate.of(2023, 3, 28), now);
        task(rectification, economy, "每村谋划一个经营性项目", LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 26), now);
        task(rectification, petitions, "建立信访矛盾化解台账", LocalDate.of(2023, 4, 30), LocalDate.of(2023, 4, 20), now);

        Campaign conversion = campaign("村改社区集中攻坚", "区委书记领衔统筹、联席会议专题研究、工作专班集中攻坚。",
                "select id from village where conversion_status <> 'NONE'",
                EnumSet.of(ResultMeasure.PROBLEMS_RESOLVED, ResultMeasure.COMMITMENTS_FULFILLED));
        int order = 0;
        int n = 0;
        for (String name : CONVERSION_DIRECTIONS) {
            Direction direction = directions.save(new Direction(conversion, name, ++order));
            for (String title : CONVERSION_TASKS.get(order - 1)) {
                n++;
                LocalDate due = LocalDate.of(2023, 3 + n % 9, 28);
                task(conversion, direction, title, due, due.minusDays(3 + n % 10), now);
            }
        }

        Campaign zones = campaign("示范片区集中攻坚", "高标准编制傅庄、册山、黄山3个乡村振兴示范片区规划，重点督导20个项目。",
                "select distinct village_id from demonstration_zone_village",
                EnumSet.of(ResultMeasure.NEW_OPERATING_PROJECTS, ResultMeasure.COMMITMENTS_FULFILLED));
        Direction plans = directions.save(new Direction(zones, "编制示范片区规划", 1));
        Direction projectsDirection = directions.save(new Direction(zones, "上马高效产业项目", 2));
        task(zones, plans, "傅庄示范片区规划编制", LocalDate.of(2023, 4, 30), LocalDate.of(2023, 4, 18), now);
        task(zones, plans, "册山示范片区规划编制", LocalDate.of(2023, 5, 31), LocalDate.of(2023, 5, 26), now);
        task(zones, plans, "黄山示范片区规划编制", LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 30), now);
        task(zones, projectsDirection, "重点督导项目季度调度", LocalDate.of(2023, 12, 31), null, now);
        task(zones, projectsDirection, "补齐基础设施短板", LocalDate.of(2023, 10, 31), null, now);
    }

    private Campaign campaign(String name, String description, String villageSql, Set<ResultMeasure> measures) {
        Set<Village> covered = new HashSet<>();
        jdbc.queryForList(villageSql, Long.class).forEach(id -> covered.add(entityManager.getReference(Village.class, id)));
        Campaign campaign = new Campaign(name, 2023);
        campaign.update(name, 2023, description, covered, measures);
        return campaigns.save(campaign);
    }

    /** A task; completedOn null leaves it in progress. */
    private void task(Campaign campaign, Direction direction, String title, LocalDate due, LocalDate completedOn, Instant now) {
        Task task = new Task(campaign, direction, title);
        task.update(direction, title, "工作专班", due, Set.of());
        tasks.save(task);
        events.save(new TaskEvent(task, null, TaskStatus.OPEN, LocalDate.of(2023, 2, 20), null, "system", now));
        task.changeStatus(TaskStatus.IN_PROGRESS, LocalDate.of(2023, 3, 1), null);
        events.save(new TaskEvent(task, TaskStatus.OPEN, TaskStatus.IN_PROGRESS, LocalDate.of(2023, 3, 1), null, "system", now));
        if (completedOn != null) {
            task.changeStatus(TaskStatus.DONE, completedOn, "按期完成");
            events.save(new TaskEvent(task, TaskStatus.IN_PROGRESS, TaskStatus.DONE, completedOn, "按期完成", "system", now));
        }
    }
}
