package org.cunwu.cadres.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cunwu.cadres.Gender;
import org.cunwu.villages.Village;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Made-up cadres for every demo village (no real person's name or data): a Party secretary, a deputy,
 * a committee director, two committee members and a supervision director each. In 2023 the eleven
 * villages under rectification had their secretary adjusted as not competent (11 adjustments), and
 * the young-secretary cohort holds the 26 secretaries and deputies born in the 1990s. Every figure is
 * counted from these records, never stored as a number.
 */
@Component
@Profile("demo")
@Order(30)
class DemoCadres implements ApplicationRunner {

    static final String COHORT = "“90后”年轻党支部书记、副书记团队";

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String GIVEN = "建国晓明志强丽娟秀英海涛玉兰春生文华振宇雪梅国庆红霞立新桂芳德胜子涵思远欣怡浩然嘉怡俊杰雨轩佳琪博文梓萱";

    private final PersonRepository persons;
    private final PostHeldRepository posts;
    private final PostTypeRepository postTypes;
    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortActivityRepository activities;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    DemoCadres(PersonRepository persons, PostHeldRepository posts, PostTypeRepository postTypes, CohortRepository cohorts,
            CohortMemberRepository members, CohortActivityRepository activities, JdbcTemplate jdbc, EntityManager entityManager) {
        this.persons = persons;
        this.posts = posts;
        this.postTypes = postTypes;
        this.cohorts = cohorts;
        this.members = members;
        this.activities = activities;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (persons.count() > 0) {
            return;
        }
        PostType secretary = postTypes.findByCode("PARTY_SECRETARY").orElseThrow();
        PostType deputy = postTypes.findByCode("DEPUTY_SECRETARY").orElseThrow();
        PostType director = postTypes.findByCode("COMMITTEE_DIRECTOR").orElseThrow();
        PostType member = postTypes.findByCode("COMMITTEE_MEMBER").orElseThrow();
        PostType supervisor = postTypes.findByCode("SUPERVISION_DIRECTOR").orElseThrow();

        List<Object[]> villageRows = jdbc.query("select id, rectification from village order by code",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getBoolean(2)});
        List<Person> nineties = new ArrayList<>();
        int n = 0;
        LocalDate termStart = LocalDate.of(2021, 1, 18);
        for (Object[] row : villageRows) {
            Village village = entityManager.getReference(Village.class, row[0]);
            boolean rectified = (Boolean) row[1];
            // one village in three has a 1990s-born secretary or deputy: 26 in all across the 87 demo villages
            boolean youngSecretary = n % 3 == 0 && nineties.size() < 26;
            Person sec = person(n * 7 + 1, youngSecretary ? 1990 + n % 10 : 1966 + n % 20);
            if (rectified) {
                // the old secretary was adjusted as not competent during the 2023 campaign; the new one took over that day
                Person old = person(n * 7 + 6, 1963 + n % 8);
                LocalDate adjustedOn = LocalDate.of(2023, 3 + n % 9, 5 + n % 20);
                PostHeld oldPost = posts.save(new PostHeld(old, village, secretary, termStart));
                oldPost.end(adjustedOn, EndReason.NOT_COMPETENT, "后进班子集中攻坚：经考察不胜任现职，予以调整");
                posts.flush();
                posts.save(new PostHeld(sec, village, secretary, adjustedOn));
            } else {
                posts.save(new PostHeld(sec, village, secretary, termStart));
            }
            if (youngSecretary) {
                nineties.add(sec);
            }
            boolean youngDeputy = n % 3 == 1 && nineties.size() < 26;
            Person dep = person(n * 7 + 2, youngDeputy ? 1991 + n % 9 : 1970 + n % 18);
            posts.save(new PostHeld(dep, village, deputy, termStart));
            if (youngDeputy) {
                nineties.add(dep);
            }
            posts.save(new PostHeld(person(n * 7 + 3, 1968 + n % 17), village, director, termStart));
            posts.save(new PostHeld(person(n * 7 + 4, 1975 + n % 14), village, member, termStart));
            posts.save(new PostHeld(person(n * 7 + 5, 1972 + n % 16), village, member, termStart));
            posts.save(new PostHeld(person(n * 7 + 7, 1960 + n % 12), village, supervisor, termStart));
            n++;
        }

        Person mentor = persons.save(new Person(new PersonDetails("郑文博", Gender.MALE, LocalDate.of(1968, 9, 3), "13905390001",
                Education.POSTGRADUATE, LocalDate.of(1992, 7, 1), false)));
        Cohort cohort = new Cohort(COHORT);
        cohort.update(COHORT, "“90青雁”年轻村支书成长计划：比学交流、定制培育、定向推优。", mentor, LocalDate.of(2023, 2, 20));
        cohorts.save(cohort);
        for (Person young : nineties) {
            members.save(new CohortMember(cohort, young, LocalDate.of(2023, 2, 20)));
        }
        activities.save(new CohortActivity(cohort, ActivityKind.TRAINING, "年轻村支书集中培训班", LocalDate.of(2023, 3, 15), "党性教育与乡村治理专题，3天"));
        activities.save(new CohortActivity(cohort, ActivityKind.EXCHANGE, "赴先进村比学交流", LocalDate.of(2023, 5, 10), "观摩朱陈社区民宿与露营基地"));
        activities.save(new CohortActivity(cohort, ActivityKind.POSTING, "到街道挂职锻炼", LocalDate.of(2023, 9, 1), "为期三个月"));
        activities.save(new CohortActivity(cohort, ActivityKind.TRAINING, "电商直播技能培训", LocalDate.of(2023, 11, 8), "依托创业孵化平台"));
    }

    /** A made-up person; the index picks the name, gender, phone and dates so that each start gives the same people. */
    private Person person(int index, int birthYear) {
        String name = String.valueOf(SURNAMES.charAt(index % SURNAMES.length()))
                + GIVEN.substring((index * 2) % GIVEN.length(), (index * 2) % GIVEN.length() + 2);
        Gender gender = index % 3 == 0 ? Gender.FEMALE : Gender.MALE;
        LocalDate born = LocalDate.of(birthYear, 1 + index % 12, 1 + index % 28);
        Education education = Education.values()[2 + index % 5];
        String phone = "13" + (5 + index % 5) + String.format("%08d", (index * 7_919L) % 100_000_000L);
        LocalDate joined = born.plusYears(22 + index % 8);
        return persons.save(new Person(new PersonDetails(name, gender, born, phone, education,
                joined.isAfter(LocalDate.of(2023, 1, 1)) ? null : joined, index % 11 == 0)));
    }
}
