package org.cunwu.talent.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.cunwu.cadres.internal.CadreService;
import org.cunwu.cadres.internal.Education;
import org.cunwu.cadres.Gender;
import org.cunwu.cadres.internal.Person;
import org.cunwu.cadres.internal.PersonDetails;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Small builders for talent records in tests, each saved as district staff through the module's own services. */
@Component
class TalentFixtures {

    static final PortalUser DISTRICT = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    private final TalentService talents;
    private final PartnerService partners;
    private final ProgramService programs;
    private final CadreService cadres;

    TalentFixtures(TalentService talents, PartnerService partners, ProgramService programs, CadreService cadres) {
        this.talents = talents;
        this.partners = partners;
        this.programs = programs;
        this.cadres = cadres;
    }

    static String tag() {
        return VillageFixtures.freshCode().substring(0, 6);
    }

    /** Runs an action as the given user, then restores whoever was signed in before. */
    static <T> T as(PortalUser user, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static TalentForm returnedForm(String name, Village village, LocalDate on, String phone) {
        TalentForm form = new TalentForm();
        form.setKind(TalentKind.RETURNED);
        form.setName(name);
        form.setPhone(phone);
        form.setVillageId(village.getId());
        form.setSinceDate(on);
        form.setOrganisation("上海某电商公司");
        form.setField("电子商务");
        return form;
    }

    static TalentForm adviserForm(String name, LocalDate appointedOn) {
        TalentForm form = new TalentForm();
        form.setKind(TalentKind.ADVISER);
        form.setName(name);
        form.setPhone("13955556666");
        form.setOrganisation("临沂大学 教授");
        form.setField("乡村规划");
        form.setSinceDate(appointedOn);
        form.setTermEnd(appointedOn.plusYears(3));
        return form;
    }

    static PartnerForm partnerForm(String title, Village village, LocalDate openFrom) {
        PartnerForm form = new PartnerForm();
        form.setTitle(title);
        form.setVillageId(village.getId());
        form.setField("文旅");
        form.setInvestmentWan(new BigDecimal("300.50"));
        form.setOpenFrom(openFrom);
        form.setOpenTo(openFrom.plusMonths(6));
        return form;
    }

    static ApplicationForm applicationForm(String applicant, LocalDate on) {
        ApplicationForm form = new ApplicationForm();
        form.setApplicant(applicant);
        form.setOrganisation("某某农业科技有限公司");
        form.setPhone("13800001111");
        form.setSubmittedOn(on);
        form.setProposal("投资建设露营基地，带动村民就业。");
        return form;
    }

    Talent returned(String name, Village village, LocalDate on, String phone) {
        return as(DISTRICT, () -> talents.save(null, returnedForm(name, village, on, phone)));
    }

    Talent adviser(String name, LocalDate appointedOn) {
        return as(DISTRICT, () -> talents.save(null, adviserForm(name, appointedOn)));
    }

    PartnerProject partner(String title, Village village, LocalDate openFrom) {
        return as(DISTRICT, () -> partners.save(null, partnerForm(title, village, openFrom)));
    }

    PartnerApplication application(PartnerProject project, String applicant) {
        return as(DISTRICT, () -> partners.apply(project.getId(), applicationForm(applicant, project.getOpenFrom().plusDays(3))));
    }

    Program program(String name, ProgramKind kind) {
        ProgramForm form = new ProgramForm();
        form.setName(name);
        form.setKind(kind);
        form.setStartsOn(LocalDate.of(2023, 1, 1));
        form.setEndsOn(LocalDate.of(2025, 12, 31));
        form.setDescription("比学交流、定制培育、定向推优。");
        return as(DISTRICT, () -> programs.save(null, form));
    }

    List<Enrollment> enrollmentsOf(Program program) {
        return programs.enrollmentsOf(program);
    }

    /** A cadre of the village (a committee member since 2021), the kind of person programmes enroll. */
    Person cadre(String name, Village village) {
        return as(DISTRICT, () -> {
            Long post = cadres.postTypes().stream().filter(t -> t.getCode().equals("COMMITTEE_MEMBER")).findFirst().orElseThrow()
                    .getId();
            return cadres.create(new PersonDetails(name, Gender.MALE, LocalDate.of(1992, 6, 1), "13812341234", Education.BACHELOR,
                    null, true), village.getId(), post, LocalDate.of(2021, 1, 18));
        });
    }
}
