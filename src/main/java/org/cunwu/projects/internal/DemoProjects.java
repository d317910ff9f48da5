package org.cunwu.projects.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.cunwu.projects.ProjectStatus;
import org.cunwu.villages.DemonstrationZone;
import org.cunwu.villages.Village;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects the source article names (十里堡社区's kiwifruit agreement, 朱陈社区's homestay, camping and
 * family ranch with 东蔡 and 凤凰庄, 埝新片区's rice-field shrimp and lotus-root starch, 南头文创休憩产业园,
 * 凤凰庄琅琊·花溪谷) and made-up neighbours, so that 2023 has 20 key supervised projects and 7 operating
 * projects that went into operation in villages under rectification. Each status change is logged, and
 * the report counts those changes.
 */
@Component
@Profile("demo")
@Order(40)
class DemoProjects implements ApplicationRunner {

    private record Partner(String village, PartnerRole role, String landMu) {
    }

    /** A project; operatingOn is the day it went into operation (null: still building or planned). */
    private record Seed(String name, String category, String lead, CooperationModel model, String investmentWan,
            String landMu, String incomePerVillage, boolean operating, boolean key, String zone, LocalDate startedOn,
            LocalDate operatingOn, List<Partner> partners) {
    }

    private static final LocalDate Y23 = LocalDate.of(2023, 1, 1);

    private static final List<Seed> SEEDS = List.of(
            new Seed("十里堡社区软枣猕猴桃种植基地", "PLANTING", "十里堡社区", CooperationModel.PAIRED, "360.00", "120.00", "70000.00",
                    true, true, null, LocalDate.of(2023, 3, 6), LocalDate.of(2023, 9, 18), List.of(
                    new Partner("菊花屯村", PartnerRole.LAND, "24.00"), new Partner("丰大村", PartnerRole.LAND, "24.00"),
                    new Partner("西蔡村", PartnerRole.LAND, "24.00"), new Partner("孙家庄村", PartnerRole.LAND, "24.00"),
                    new Partner("高庄村", PartnerRole.LAND, "24.00"))),
            new Seed("朱陈社区民宿集群", "TOURISM", "朱陈社区", CooperationModel.CLUSTER, "520.00", "35.00", "85000.00",
                    true, true, "黄山示范片区", LocalDate.of(2022, 10, 10), LocalDate.of(2023, 5, 1), List.of(
                    new Partner("东蔡村", PartnerRole.LAND, "15.00"), new Partner("凤凰庄村", PartnerRole.LABOUR, null))),
            new Seed("半山露营基地", "TOURISM", "朱陈社区", CooperationModel.CLUSTER, "180.00", "60.00", "40000.00",
                    true, true, "黄山示范片区", LocalDate.of(2023, 2, 15), LocalDate.of(2023, 7, 1), List.of(
                    new Partner("凤凰庄村", PartnerRole.LAND, "60.00"))),
            new Seed("东蔡家庭牧场", "BREEDING", "东蔡村", CooperationModel.CLUSTER, "150.00", "45.00", "30000.00",
                    true, true, "黄山示范片区", LocalDate.of(2023, 3, 20), LocalDate.of(2023, 10, 8), List.of(
                    new Partner("朱陈社区", PartnerRole.MARKETING, null))),
            new Seed("凤凰庄琅琊·花溪谷", "TOURISM", "凤凰庄村", CooperationModel.CLUSTER, "1200.00", "300.00", "120000.00",
                    true, true, "黄山示范片区", LocalDate.of(2022, 6, 1), LocalDate.of(2023, 4, 28), List.of(
                    new Partner("东蔡村", PartnerRole.LAND, "80.00"), new Partner("前湖村", PartnerRole.LABOUR, null))),
            new Seed("南头文创休憩产业园", "CULTURAL", "南头村", CooperationModel.ENTREPRENEURSHIP, "800.00", "50.00", "60000.00",
                    true, true, "傅庄示范片区", LocalDate.of(2023, 1, 10), null, List.of(
                    new Partner("北头村", PartnerRole.INVESTMENT, null))),
            new Seed("埝新稻田养虾", "BREEDING", "埝头村", CooperationModel.CLUSTER, "260.00", "400.00", "50000.00",
                    true, true, "册山示范片区", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 20), List.of(
                    new Partner("新安村", PartnerRole.LAND, "150.00"), new Partner("埝上村", PartnerRole.LAND, "100.00"))),
            new Seed("新安藕粉加工坊", "PROCESSING", "新安村", CooperationModel.CLUSTER, "95.00", null, "35000.00",
                    true, true, "册山示范片区", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 11, 1), List.of(
                    new Partner("后册山村", PartnerRole.LAND, null))),
            new Seed("乐采册山田园综合体", "TOURISM", "前册山村", CooperationModel.CLUSTER, "1500.00", "600.00", null,
                    false, true, "册山示范片区", LocalDate.of(2023, 5, 18), null, List.of(
                    new Partner("埝头村", PartnerRole.LAND, "200.00"), new Partner("新安村", PartnerRole.LAND, "200.00"))),
            new Seed("三重花卉联合体", "PLANTING", "三重村", CooperationModel.PAIRED, "210.00", "180.00", "45000.00",
                    true, true, "册山示范片区", LocalDate.of(2022, 9, 1), LocalDate.of(2023, 3, 15), List.of(
                    new Partner("梁庄村", PartnerRole.LAND, "90.00"))),
            new Seed("傅庄乡村振兴示范片区道路提升", "OTHER", "傅庄社区", CooperationModel.CLUSTER, "680.00", null, null,
                    false, true, "傅庄示范片区", LocalDate.of(2023, 4, 10), null, List.of(
                    new Partner("小岭村", PartnerRole.OTHER, null), new Partner("张家岭村", PartnerRole.OTHER, null))),
            new Seed("小岭樱桃采摘园", "PLANTING", "小岭村", CooperationModel.PAIRED, "85.00", "80.00", "25000.00",
                    true, true, "傅庄示范片区", LocalDate.of(2023, 2, 1), LocalDate.of(2023, 5, 20), List.of()),
            new Seed("褚墩电商合作社直播基地", "ECOMMERCE", "褚墩一村", CooperationModel.ENTREPRENEURSHIP, "60.00", null, "40000.00",
                    true, true, null, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 11, 1), List.of(
                    new Partner("褚墩二村", PartnerRole.MARKETING, null), new Partner("褚墩三村", PartnerRole.MARKETING, null))),
            new Seed("黄山镇蓝莓种植示范园", "PLANTING", "丰大村", CooperationModel.PAIRED, "140.00", "110.00", "30000.00",
                    true, true, "黄山示范片区", LocalDate.of(2023, 3, 10), null, List.of(
                    new Partner("菊花屯村", PartnerRole.LAND, "50.00"))),
            new Seed("沂堂现代农业产业园", "PLANTING", "沂堂社区", CooperationModel.CLUSTER, "900.00", "500.00", "55000.00",
                    true, true, null, LocalDate.of(2023, 6, 1), null, List.of(
                    new Partner("前沂堂村", PartnerRole.LAND, "200.00"), new Partner("后沂堂村", PartnerRole.LAND, "200.00"))),
            new Seed("高都食用菌工厂化种植", "PLANTING", "高都社区", CooperationModel.PAIRED, "320.00", "40.00", "36000.00",
                    true, true, null, LocalDate.of(2023, 2, 20), LocalDate.of(2023, 8, 8), List.of(
                    new Partner("王庄村", PartnerRole.LABOUR, null))),
            new Seed("盛庄蔬菜冷链物流中心", "PROCESSING", "盛庄社区", CooperationModel.PAIRED, "450.00", "20.00", "30000.00",
                    true, true, null, LocalDate.of(2023, 5, 5), null, List.of(
                    new Partner("河东村", PartnerRole.LAND, "20.00"))),
            new Seed("罗庄非遗文创街区", "CULTURAL", "沈泉庄社区", CooperationModel.ENTREPRENEURSHIP, "380.00", null, "20000.00",
                    true, true, null, LocalDate.of(2023, 3, 28), LocalDate.of(2023, 12, 20), List.of()),
            new Seed("褚墩黄桃深加工", "PROCESSING", "大安村", CooperationModel.PAIRED, "130.00", "60.00", "28000.00",
                    true, true, null, LocalDate.of(2023, 4, 15), null, List.of(
                    new Partner("小安村", PartnerRole.LAND, "30.00"))),
            new Seed("埝新片区草莓大棚", "PLANTING", "埝上村", CooperationModel.CLUSTER, "75.00", "50.00", "22000.00",
                    true, true, "册山示范片区", LocalDate.of(2023, 8, 1), null, List.of(
                    new Partner("埝头村", PartnerRole.LAND, "20.00"))),
            // operating projects of the villages under rectification that went into operation in 2023 (the campaign's 7)
            new Seed("后白庄村光伏发电", "OTHER", "后白庄村", CooperationModel.PAIRED, "48.00", null, "18000.00",
                    true, false, null, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 30), List.of()),
            new Seed("西庄村农机服务队", "OTHER", "西庄村", CooperationModel.ENTREPRENEURSHIP, "35.00", null, "15000.00",
                    true, false, null, LocalDate.of(2023, 4, 1), LocalDate.of(2023, 7, 15), List.of()),
            new Seed("聂庄村标准化厂房租赁", "PROCESSING", "聂庄村", CooperationModel.PAIRED, "120.00", "8.00", "26000.00",
                    true, false, null, LocalDate.of(2023, 2, 10), LocalDate.of(2023, 8, 1), List.of()),
            new Seed("马庄村花卉育苗大棚", "PLANTING", "马庄村", CooperationModel.CLUSTER, "42.00", "30.00", "16000.00",
                    true, false, null, LocalDate.of(2023, 3, 5), LocalDate.of(2023, 9, 10), List.of(
                    new Partner("三重村", PartnerRole.TECHNOLOGY, null))),
            new Seed("尤村粮食烘干中心", "PROCESSING", "尤村", CooperationModel.PAIRED, "90.00", "5.00", "21000.00",
                    true, false, null, LocalDate.of(2023, 5, 1), LocalDate.of(2023, 10, 1), List.of()),
            new Seed("许寨村土地托管服务", "PLANTING", "许寨村", CooperationModel.PAIRED, "30.00", "260.00", "19000.00",
                    true, false, null, LocalDate.of(2023, 3, 20), LocalDate.of(2023, 11, 15), List.of()),
            new Seed("苗庄村电商服务站", "ECOMMERCE", "苗庄村", CooperationModel.ENTREPRENEURSHIP, "18.00", null, "12000.00",
                    true, false, null, LocalDate.of(2023, 6, 1), LocalDate.of(2023, 12, 18), List.of()),
            // begun in 2023, in operation only in 2024: not counted for 2023
            new Seed("小官庄村稻米加工坊", "PROCESSING", "小官庄村", CooperationModel.PAIRED, "55.00", "10.00", "14000.00",
                    true, false, null, LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 8), List.of()),
            new Seed("河湾村垂钓休闲园", "TOURISM", "河湾村", CooperationModel.PAIRED, "66.00", "40.00", null,
                    false, false, null, LocalDate.of(2023, 10, 1), null, List.of()));

    private final ProjectRepository projects;
    private final ProjectCategoryRepository categories;
    private final StatusChangeRepository statusChanges;
    private final ProgressEntryRepository progress;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    DemoProjects(ProjectRepository projects, ProjectCategoryRepository categories, StatusChangeRepository statusChanges,
            ProgressEntryRepository progress, JdbcTemplate jdbc, EntityManager entityManager) {
        this.projects = projects;
        this.categories = categories;
        this.statusChanges = statusChanges;
        this.progress = progress;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (projects.count() > 0) {
            return;
        }
        Map<String, Long> villageIds = ids("select name, id from village");
        Map<String, Long> zoneIds = ids("select name, id from demonstration_zone");
        Instant now = Instant.now();
        for (Seed seed : SEEDS) {
            Village lead = village(villageIds, seed.lead());
            ProjectCategory category = categories.findByCode(seed.category()).orElseThrow();
            Project project = new Project(seed.name(), category, lead, seed.model());
            DemonstrationZone zone = seed.zone() == null ? null : entityManager.getReference(DemonstrationZone.class, zoneIds.get(seed.zone()));
            project.update(new ProjectDetails(seed.name(), category.getId(), lead.getId(), seed.model(), decimal(seed.investmentWan()),
                    decimal(seed.landMu()), decimal(seed.incomePerVillage()), seed.operating(), seed.startedOn(), null, seed.key(),
                    null, null), category, lead, zone);
            for (Partner partner : seed.partners()) {
                project.addPartner(village(villageIds, partner.village()), partner.role(), decimal(partner.landMu()), null);
            }
            projects.save(project);
            statusChanges.save(new StatusChange(project, null, ProjectStatus.PLANNED, seed.startedOn().minusMonths(2), null, "system", now));
            project.changeStatus(ProjectStatus.BUILDING);
            statusChanges.save(new StatusChange(project, ProjectStatus.PLANNED, ProjectStatus.BUILDING, seed.startedOn(), null, "system", now));
            progress.save(new ProgressEntry(project, seed.startedOn(), "项目开工建设。", "system", now));
            if (seed.operatingOn() != null) {
                project.changeStatus(ProjectStatus.OPERATING);
                statusChanges.save(new StatusChange(project, ProjectStatus.BUILDING, ProjectStatus.OPERATING, seed.operatingOn(), null, "system", now));
                progress.save(new ProgressEntry(project, seed.operatingOn(), "建成投产，开始运营。", "system", now));
            }
        }
    }

    private Map<String, Long> ids(String sql) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(sql, rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    private Village village(Map<String, Long> villageIds, String name) {
        Long id = villageIds.get(name);
        if (id == null) {
            throw new IllegalStateException("demo village " + name + " is missing");
        }
        return entityManager.getReference(Village.class, id);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
