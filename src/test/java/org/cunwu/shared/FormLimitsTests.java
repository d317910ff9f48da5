package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;

import org.cunwu.TestDatabaseConfiguration;
import org.cunwu.shared.validation.BirthDate;
import org.cunwu.shared.validation.EventDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.ClassUtils;

/**
 * Every text field of every form has a size limit no larger than the column it is stored in (read from the
 * migrated schema), so an overlong value is a field message and never a database error; every date field
 * has a year range. Forms are found on the classpath: a new form without an entry in {@link #TABLES} fails.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class FormLimitsTests {

    /** Each form's table(s); a field named fooBar is stored in column foo_bar of each. */
    static final Map<String, List<String>> TABLES = Map.ofEntries(
            Map.entry("accounts.internal.UserForm", List.of("app_user")),
            Map.entry("accounts.internal.PasswordForm", List.of()),
            Map.entry("accounts.internal.PasswordResetForm", List.of()),
            Map.entry("cadres.internal.AppointForm", List.of("post_held")),
            Map.entry("cadres.internal.CohortActivityForm", List.of("cohort_activity")),
            Map.entry("cadres.internal.CohortForm", List.of("cohort")),
            Map.entry("cadres.internal.CohortMemberForm", List.of()), // no text field: a person and a day
            Map.entry("cadres.internal.PostCorrectionForm", List.of("post_correction")),
            Map.entry("cadres.internal.PostEndForm", List.of("post_held")),
            Map.entry("cadres.internal.PersonForm", List.of("person")),
            Map.entry("campaigns.internal.CampaignForm", List.of("campaign")),
            Map.entry("campaigns.internal.DirectionForm", List.of("campaign_direction")),
            Map.entry("campaigns.internal.TaskForm", List.of("campaign_task")),
            Map.entry("campaigns.internal.TaskStatusForm", List.of("campaign_task_event")),
            Map.entry("evaluations.internal.EvaluationForm", List.of("evaluation")),
            Map.entry("evaluations.internal.PanelForm", List.of()), // no text field: representatives ticked
            Map.entry("evaluations.internal.TalkForm", List.of("evaluation_talk")),
            Map.entry("evaluations.internal.VoteForm", List.of("evaluation_vote")),
            Map.entry("ledgers.internal.DueDaysForm", List.of()), // no text field: a year and four days
            Map.entry("ledgers.internal.LedgerForm", List.of("ledger")),
            Map.entry("ledgers.internal.LedgerReviewForm", List.of("ledger")),
            Map.entry("projects.internal.ProgressForm", List.of("project_progress")),
            Map.entry("projects.internal.PartnerForm", List.of("project_partner")),
            Map.entry("projects.internal.ProjectForm", List.of("project")),
            Map.entry("projects.internal.ProjectStatusForm", List.of("project_status_change")),
            Map.entry("representatives.internal.CommitmentForm", List.of("commitment")),
            Map.entry("representatives.internal.PointRuleForm", List.of("point_rule")),
            Map.entry("representatives.internal.HouseholdForm", List.of("representative_household")),
            Map.entry("representatives.internal.ProblemForm", List.of("problem")),
            Map.entry("representatives.internal.ReceptionForm", List.of("reception")),
            Map.entry("representatives.internal.RepresentativeForm", List.of("representative")),
            Map.entry("representatives.internal.VisitForm", List.of("household_visit")),
            // one status step form for several records' trails; its note is limited to the widest note column, and a
            // service refuses a longer text for a narrower one (see StatusChangeForm)
            Map.entry("shared.web.StatusChangeForm", List.of()),
            Map.entry("shared.web.DictionaryEntryForm", List.of("post_type", "project_category", "problem_category")),
            Map.entry("talent.internal.ApplicationForm", List.of("partner_application")),
            Map.entry("talent.internal.ApplicationStatusForm", List.of("partner_application")),
            Map.entry("talent.internal.EnrollmentFinishForm", List.of("talent_enrollment")),
            Map.entry("talent.internal.EnrollmentForm", List.of("talent_enrollment")),
            Map.entry("talent.internal.PartnerForm", List.of("partner_project")),
            Map.entry("talent.internal.ProgramForm", List.of("talent_program")),
            Map.entry("talent.internal.TalentForm", List.of("talent_person")),
            Map.entry("villages.internal.ClusterForm", List.of("cluster")),
            Map.entry("villages.internal.TownForm", List.of("town")),
            Map.entry("villages.internal.VillageForm", List.of("village")),
            Map.entry("villages.internal.ZoneForm", List.of("demonstration_zone")));

    /** Fields stored under another name than their own. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("cadres.internal.AppointForm.previousEndNote", "post_held.end_note"),
            Map.entry("talent.internal.ApplicationStatusForm.reason", "partner_application.rejection_reason"),
            Map.entry("representatives.internal.CommitmentForm.token", "commitment.client_token"),
            Map.entry("representatives.internal.ProblemForm.token", "problem.client_token"),
            Map.entry("representatives.internal.ReceptionForm.token", "reception.client_token"),
            Map.entry("representatives.internal.VisitForm.token", "household_visit.client_token"),
            Map.entry("evaluations.internal.EvaluationForm.token", "evaluation.client_token"),
            Map.entry("evaluations.internal.TalkForm.token", "evaluation_talk.client_token"),
            Map.entry("evaluations.internal.VoteForm.token", "evaluation_vote.client_token"),
            Map.entry("ledgers.internal.LedgerForm.token", "ledger_submission.client_token"),
            // a review's comment or a return's reason, as the town writes it
            Map.entry("ledgers.internal.LedgerReviewForm.text", "ledger.review_comment"));

    /**
     * Text fields with no column of their own, and why. They still need a limit; VillageForm's specialties
     * also limit each item to village_specialty.product by their pattern.
     */
    static final Set<String> NOT_STORED = Set.of(
            "shared.web.StatusChangeForm.status",
            "shared.web.StatusChangeForm.text",
            "villages.internal.VillageForm.specialties",
            "talent.internal.EnrollmentForm.enrollee", // "person-12" or "talent-7": read into an id, the text is not kept
            "accounts.internal.UserForm.password",
            "accounts.internal.PasswordForm.currentPassword",
            "accounts.internal.PasswordForm.newPassword",
            "accounts.internal.PasswordForm.confirmPassword",
            "accounts.internal.PasswordResetForm.newPassword");

    /** Passwords are hashed, not stored; their limit (72 bytes for bcrypt) belongs to the accounts forms. */
    static final Set<String> LIMITED_ELSEWHERE = Set.of(
            // a hidden one-time token: shared.OneTimeToken replaces one that is missing, overlong or malformed
            "representatives.internal.CommitmentForm.token",
            "representatives.internal.ProblemForm.token",
            "representatives.internal.ReceptionForm.token",
            "representatives.internal.VisitForm.token",
            "evaluations.internal.EvaluationForm.token",
            "evaluations.internal.TalkForm.token",
            "evaluations.internal.VoteForm.token",
            "ledgers.internal.LedgerForm.token",
            "accounts.internal.UserForm.password",
            "accounts.internal.PasswordForm.currentPassword",
            "accounts.internal.PasswordForm.newPassword",
            "accounts.internal.PasswordForm.confirmPassword",
            "accounts.internal.PasswordResetForm.newPassword");

    @Autowired
    JdbcTemplate jdbc;

    final Map<String, Integer> varcharLengths = new HashMap<>();

    @BeforeEach
    void readColumns() {
        jdbc.query("""
                select table_name, column_name, character_maximum_length from information_schema.columns
                where table_schema = current_schema() and character_maximum_length is not null
                """, rs -> {
            varcharLengths.put(rs.getString(1) + "." + rs.getString(2), rs.getInt(3));
        });
        assertThat(varcharLengths).as("the migrated schema's text columns").containsKey("village.name");
    }

    static List<Class<?>> forms() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition bean) {
                // top-level classes only: a nested "…Form" (e.g. a saved form in the session) is no bound form
                return bean.getMetadata().isIndependent() && !bean.getMetadata().hasEnclosingClass();
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Form")));
        List<Class<?>> forms = new ArrayList<>();
        for (BeanDefinition bean : scanner.findCandidateComponents("org.cunwu")) {
            if (!bean.getBeanClassName().substring("org.cunwu.".length()).contains(".")) {
                continue; // a class beside the application class (the tests' PageForm) is no module's form
            }
            forms.add(ClassUtils.forName(bean.getBeanClassName(), FormLimitsTests.class.getClassLoader()));
        }
        return forms;
    }

    static String key(Class<?> form) {
        return form.getName().substring("org.cunwu.".length());
    }

    static List<Field> fields(Class<?> form, Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : form.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                fields.add(field);
            }
        }
        return fields;
    }

    static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    @Test
    void formsAreFoundOnTheClasspath() throws Exception {
        Set<String> found = new TreeSet<>();
        forms().forEach(f -> found.add(key(f)));
        assertThat(found).contains("villages.internal.VillageForm", "projects.internal.ProjectForm", "shared.web.DictionaryEntryForm", "accounts.internal.UserForm");
    }

    @Test
    void everyFormIsMappedToItsTables() throws Exception {
        List<String> unmapped = new ArrayList<>();
        for (Class<?> form : forms()) {
            if (!TABLES.containsKey(key(form))) {
                unmapped.add(key(form));
            }
        }
        assertThat(unmapped).as("forms without an entry in FormLimitsTests.TABLES").isEmpty();
        TABLES.values().stream().flatMap(List::stream).forEach(table ->
                assertThat(varcharLengths.keySet()).as("table %s", table).anyMatch(c -> c.startsWith(table + ".")));
    }

    @Test
    void everyTextFieldHasALimitNoLargerThanItsColumn() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> form : forms()) {
            for (Field field : fields(form, String.class)) {
                String name = key(form) + "." + field.getName();
                Size size = field.getAnnotation(Size.class);
                if (size == null || size.max() == Integer.MAX_VALUE) {
                    if (!LIMITED_ELSEWHERE.contains(name)) {
                        problems.add(name + " has no @Size(max)");
                    }
                    continue;
                }
                if (NOT_STORED.contains(name)) {
                    continue;
                }
                List<String> columns = COLUMNS.containsKey(name) ? List.of(COLUMNS.get(name))
                        : TABLES.getOrDefault(key(form), List.of()).stream().map(t -> t + "." + snakeCase(field.getName())).toList();
                if (columns.isEmpty()) {
                    problems.add(name + " is mapped to no table");
                }
                for (String column : columns) {
                    Integer length = varcharLengths.get(column);
                    if (length == null) {
                        problems.add(name + ": no text column " + column);
                    } else if (size.max() > length) {
                        problems.add(name + ": @Size(max = " + size.max() + ") but " + column + " is varchar(" + length + ")");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDateFieldHasAYearRange() throws Exception {
        List<String> unbounded = new ArrayList<>();
        for (Class<?> form : forms()) {
            for (Field field : fields(form, LocalDate.class)) {
                if (field.getAnnotation(EventDate.class) == null && field.getAnnotation(BirthDate.class) == null) {
                    unbounded.add(key(form) + "." + field.getName());
                }
            }
        }
        assertThat(unbounded).as("date fields without @EventDate or @BirthDate").isEmpty();
    }
}
