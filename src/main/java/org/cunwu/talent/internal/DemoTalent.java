package org.cunwu.talent.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * The source's talent figures as records: the four programmes, the 26 young secretaries enrolled in "90青雁",
 * 10 talents returned in 2023 (two more in 2022), 6 advisers appointed in 2023 and 5 partner projects opened
 * for recruitment in 2023. Made-up people only.
 */
@Component
@Profile("demo")
@Order(35)
class DemoTalent implements ApplicationRunner {

    private final ProgramRepository programs;
    private final EnrollmentRepository enrollments;
    private final TalentRepository talents;
    private final PartnerProjectRepository partners;
    private final PartnerApplicationRepository applications;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    DemoTalent(ProgramRepository programs, EnrollmentRepository enrollments, TalentRepository talents,
            PartnerProjectRepository partners, PartnerApplicationRepository applications, JdbcTemplate jdbc, EntityManager entityManager) {
        this.programs = programs;
        this.enrollments = enrollments;
        this.talents = talents;
        this.partners = partners;
        this.applications = applications;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (programs.count() > 0) {
            return;
        }
        program("头雁人才深航计划", ProgramKind.LEADER, "选优配强村党组织书记，实施头雁领航工程。");
        Program young = program("“90青雁”年轻村支书成长计划", ProgramKind.YOUNG_SECRETARY, "比学交流、定制培育、定向推优。");
        program("乡村人才智航计划", ProgramKind.TALENT, "培育乡村产业、治理和服务人才。");
        program("青雁创新创业培优工程", ProgramKind.ENTREPRENEURSHIP,
                "帮带式培养、专家团帮扶、定制式培育、挂职式锻炼；创业孵化、电商直播、国企支持、学院带动。");

        List<Long> youngSecretaries = jdbc.queryForList("""
                select m.person_id from cohort_member m join person p on p.id = m.person_id order by p.id
                """, Long.class);
        TrainingMode[] modes = TrainingMode.values();
        for (int i = 0; i < youngSecretaries.size(); i++) {
            enrollments.save(new Enrollment(young, youngSecretaries.get(i),
                    LocalDate.of(2023, 3, 1), modes[i % modes.length]));
        }

        Map<String, Long> villageIds = new HashMap<>();
        jdbc.query("select name, id from village", rs -> {
            villageIds.put(rs.getString(1), rs.getLong(2));
        });
        String[][] returned = {
                {"褚墩一村", "电子商务", "上海", "2023-02-10"}, {"朱陈社区", "民宿运营", "青岛", "2023-03-05"},
                {"十里堡社区", "果树栽培", "潍坊", "2023-03-18"}, {"东蔡村", "畜牧养殖", "济南", "2023-04-02"},
                {"凤凰庄村", "文旅策划", "杭州", "2023-05-20"}, {"埝头村", "水产养殖", "南京", "2023-06-11"},
                {"新安村", "食品加工", "临沂", "2023-07-08"}, {"南头村", "文创设计", "北京", "2023-08-15"},
                {"三重村", "花卉种植", "昆明", "2023-09-30"}, {"沂堂社区", "农业机械", "徐州", "2023-11-22"},
                {"高都社区", "物流管理", "苏州", "2022-10-09"}, {"盛庄社区", "冷链仓储", "天津", "2022-12-28"}};
        String[] names = {"陈思远", "刘欣怡", "赵浩然", "孙嘉怡", "周俊杰", "吴雨轩", "郑佳琪", "冯博文", "韩梓萱", "曹子涵", "彭立新", "蒋德胜"};
        for (int i = 0; i < returned.length; i++) {
            Talent t = new Talent(TalentKind.RETURNED, names[i]);
            TalentForm form = form(TalentKind.RETURNED, names[i], 1988 + i, "1370539" + String.format("%04d", 1200 + i),
                    returned[i][2] + "返乡", returned[i][1], LocalDate.parse(returned[i][3]));
            t.update(form, village(villageIds, returned[i][0]));
            talents.save(t);
        }
        String[][] advisers = {{"许文澜", "山东农业大学", "果树栽培", "2023-03-10"}, {"何明远", "临沂大学", "乡村规划", "2023-03-10"},
                {"吕晓岚", "省农科院", "土壤改良", "2023-05-16"}, {"苏振宇", "市文旅集团", "文旅运营", "2023-06-21"},
                {"卢海涛", "农商银行", "农村金融", "2023-08-08"}, {"蔡雪梅", "电商产业园", "直播电商", "2023-10-12"}};
        for (int i = 0; i < advisers.length; i++) {
            Talent t = new Talent(TalentKind.ADVISER, advisers[i][0]);
            TalentForm form = form(TalentKind.ADVISER, advisers[i][0], 1965 + i * 3, "1395390" + String.format("%04d", 2100 + i),
                    advisers[i][1], advisers[i][2], LocalDate.parse(advisers[i][3]));
            form.setTermEnd(LocalDate.parse(advisers[i][3]).plusYears(3));
            t.update(form, null);
            talents.save(t);
        }
        String[][] projects = {{"朱陈社区", "半山露营运营合伙人", "文旅", "300"}, {"褚墩一村", "电商直播基地合伙人", "电商", "150"},
                {"十里堡社区", "软枣猕猴桃深加工合伙人", "加工", "500"}, {"埝头村", "稻虾共作品牌合伙人", "种养", "200"},
                {"南头村", "文创街区运营合伙人", "文创", "260"}};
        for (int i = 0; i < projects.length; i++) {
            PartnerForm form = new PartnerForm();
            form.setTitle(projects[i][1]);
            form.setField(projects[i][2]);
            form.setInvestmentWan(new BigDecimal(projects[i][3]));
            form.setOpenFrom(LocalDate.of(2023, 4 + i, 1));
            form.setOpenTo(LocalDate.of(2023, 12, 31));
            form.setStatus(i == 0 ? PartnerStatus.MATCHED : PartnerStatus.OPEN);
            form.setDescription("面向区内外企业家、创业者公开招募。");
            PartnerProject p = new PartnerProject(projects[i][1], village(villageIds, projects[i][0]), form.getOpenFrom());
            p.update(form, village(villageIds, projects[i][0]));
            partners.save(p);
            PartnerApplication a = new PartnerApplication(p, "申请人" + (i + 1), "某某农业科技有限公司", "1380539" + String.format("%04d", 3300 + i),
                    form.getOpenFrom().plusDays(20), "投资建设并运营，带动村民就业。");
            if (i == 0) {
                a.moveTo(ApplicationStatus.SHORTLISTED, null);
                a.moveTo(ApplicationStatus.ACCEPTED, null);
            }
            applications.save(a);
        }
    }

    private Program program(String name, ProgramKind kind, String description) {
        Program program = new Program(name, kind);
        program.update(name, kind, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), description);
        return programs.save(program);
    }

    private static TalentForm form(TalentKind kind, String name, int birthYear, String phone, String organisation, String field,
            LocalDate since) {
        TalentForm form = new TalentForm();
        form.setKind(kind);
        form.setName(name);
        form.setBirthYear(birthYear);
        form.setPhone(phone);
        form.setOrganisation(organisation);
        form.setField(field);
        form.setSinceDate(since);
        return form;
    }

    private Village village(Map<String, Long> ids, String name) {
        return entityManager.getReference(Village.class, ids.get(name));
    }
}
