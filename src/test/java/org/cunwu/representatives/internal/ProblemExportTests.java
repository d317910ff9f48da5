package org.cunwu.representatives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cunwu.DemoIntegrationTest;
import org.cunwu.representatives.ProblemService;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.shared.export.Batches;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.Records;
import org.cunwu.shared.export.Selection;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The problems download reads only its columns' attributes (a projection) and gives, on the demo district, exactly
 * what it gave when it loaded every problem with its village, town and category: the same rows in the same order,
 * the same scope and the same cells, in both languages and both formats.
 */
@DemoIntegrationTest
class ProblemExportTests {

    /** The columns as they were written before the projection: functions of the loaded problem. */
    static final Columns<Problem> LOADED = Columns.of(Problem.class)
            .add("commitment.village", p -> p.getVillage().getName()).add("problem.title", Problem::getTitle)
            .label("problem.source", p -> p.getSource().messageKey())
            .add("problem.category", p -> p.getCategory().name(LocaleContextHolder.getLocale()))
            .yesNo("problem.petition", Problem::isPetition).add("problem.reportedOn", Problem::getReportedOn)
            .label("problem.status", p -> p.getStatus().messageKey()).add("problem.resolvedOn", Problem::getResolvedOn)
            .add("problem.daysToResolve", Problem::getDaysToResolve).add("problem.resolutionNote", Problem::getResolutionNote);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProblemService problems;

    @Autowired
    TableExporter exporter;

    @Autowired
    Batches batches;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theProjectedDownloadIsTheLoadedOneForEveryScopeOrderAndLanguage() throws Exception {
        assertThat(ProblemController.COLUMNS.projected()).isTrue();
        Long townId = jdbc.queryForObject("select v.town_id from problem p join village v on v.id = p.village_id "
                + "group by v.town_id order by count(*) desc limit 1", Long.class);
        Long villageId = jdbc.queryForObject("select village_id from problem group by village_id order by count(*) desc limit 1", Long.class);
        List<PortalUser> users = List.of(VillageFixtures.user(Role.DISTRICT_STAFF, null, null), VillageFixtures.user(Role.TOWN_STAFF, townId, null),
                VillageFixtures.user(Role.VILLAGE_SECRETARY, null, villageId));
        List<Sort> sorts = List.of(Sort.by(Sort.Order.desc("reportedOn"), Sort.Order.desc("id")), Sort.by("village.name"),
                Sort.by(Sort.Order.desc("status")), Sort.by("resolvedOn"));
        List<ProblemService.ProblemFilter> filters = List.of(new ProblemService.ProblemFilter(null, null, null, null, null, null, null, null),
                new ProblemService.ProblemFilter(null, townId, null, ProblemStatus.RESOLVED, null, null, null, null),
                new ProblemService.ProblemFilter(null, null, null, null, null, true, true, null));
        int compared = 0;
        for (PortalUser user : users) {
            signIn(user);
            // the category's name depends on the language: both for the district, Chinese for the others
            for (Locale locale : user.getRole() == Role.DISTRICT_STAFF ? List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)
                    : List.of(Locale.SIMPLIFIED_CHINESE)) {
                LocaleContextHolder.setLocale(locale);
                for (Sort sort : sorts) {
                    for (ProblemService.ProblemFilter filter : filters) {
                        String projected = csv(ProblemController.COLUMNS, problems.forExport(filter, sort));
                        String loaded = csv(LOADED, problems.forExport(filter, sort), true);
                        assertThat(projected).as("%s %s %s %s", user.getRole(), locale, sort, filter).isEqualTo(loaded);
                        compared += projected.split("\r\n").length - 1;
                    }
                }
            }
        }
        // the district reads every problem, unfiltered, in each of the four orders and both languages
        long all = jdbc.queryForObject("select count(*) from problem", Long.class);
        assertThat(all).isGreaterThan(Batches.SIZE);
        assertThat(compared).isGreaterThan((int) (all * 8));
    }

    @Test
    void theProjectedXlsxHoldsTheLoadedCells() throws Exception {
        signIn(VillageFixtures.user(Role.DISTRICT_STAFF, null, null));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        Sort sort = Sort.by(Sort.Order.desc("reportedOn"), Sort.Order.desc("id"));
        ProblemService.ProblemFilter all = new ProblemService.ProblemFilter(null, null, null, null, null, null, null, null);
        List<List<String>> projected = cells(export("xlsx", ProblemController.COLUMNS, problems.forExport(all, sort), false).getContentAsByteArray());
        List<List<String>> loaded = cells(export("xlsx", LOADED, problems.forExport(all, sort), true).getContentAsByteArray());
        assertThat(projected).hasSize(jdbc.queryForObject("select count(*) from problem", Integer.class) + 1).isEqualTo(loaded);
    }

    @Test
    void theDownloadOfTheListIsTheProjection() throws Exception {
        PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        String answered = mvc.perform(get("/problems").with(user(district)).locale(Locale.SIMPLIFIED_CHINESE)
                        .param("format", "csv").param("status", "RESOLVED").param("sort", "village,asc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        signIn(district);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        String loaded = csv(LOADED, problems.forExport(new ProblemService.ProblemFilter(null, null, null, ProblemStatus.RESOLVED, null,
                null, null, null), Sort.by("village.name")), true);
        assertThat(answered).isEqualTo(loaded);
        assertThat(answered.split("\r\n")).hasSize(jdbc.queryForObject("select count(*) from problem where status = 'RESOLVED'", Integer.class) + 1);
    }

    private String csv(Columns<Problem> columns, Selection<Problem> selection) throws Exception {
        return csv(columns, selection, false);
    }

    private String csv(Columns<Problem> columns, Selection<Problem> selection, boolean loadRecords) throws Exception {
        return export("csv", columns, selection, loadRecords).getContentAsString(StandardCharsets.UTF_8);
    }

    /** The download as the list writes it, or (loadRecords) from the problems loaded whole as before. */
    private MockHttpServletResponse export(String format, Columns<Problem> columns, Selection<Problem> selection, boolean loadRecords)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        if (loadRecords) {
            exporter.export(response, format, "problem.list.title", columns, (Records<Problem>) action -> batches.forEach(Problem.class,
                    selection.where(), selection.sort(), action, selection.fetched().toArray(String[]::new)));
        } else {
            exporter.export(response, format, "problem.list.title", columns, selection);
        }
        return response;
    }

    private static List<List<String>> cells(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < LOADED.labelKeys().size(); c++) {
                        cells.add(row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private static void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
