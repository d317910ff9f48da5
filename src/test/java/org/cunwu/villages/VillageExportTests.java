package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.shared.export.Batches;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An export larger than one batch of {@link Batches} holds every village of the selection exactly once, in the
 * list's order, ties in the sort key included (the id breaks them), and only the villages the user may see.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VillageExportTests {

    static final int VILLAGES = Batches.SIZE * 2 + 345;

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Town town;
    PortalUser townStaff;
    List<String> expected;

    @BeforeAll
    void manyVillagesWithFewPopulations() {
        town = fixtures.town("导出镇" + ThreadLocalRandom.current().nextInt(1_000_000));
        Town other = fixtures.town("邻镇" + ThreadLocalRandom.current().nextInt(1_000_000));
        fixtures.village("邻镇的村", other);
        String prefix = VillageFixtures.freshCode().substring(0, 7);
        // seven populations and some unknown ones: hundreds of villages share each value of the sort key
        jdbc.update("""
                insert into village (name, kind, code, town_id, population)
                select '导出村' || g, 'VILLAGE', ? || lpad(g::text, 5, '0'), ?, case when g % 11 = 0 then null else g % 7 * 100 end
                from generate_series(1, ?) g
                """, prefix, town.getId(), VILLAGES);
        townStaff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        expected = jdbc.queryForList("select name from village where town_id = ? order by population desc, id", String.class, town.getId());
    }

    @Test
    void aCsvLargerThanABatchHasEveryVillageOnceInTheListsOrder() throws Exception {
        String csv = mvc.perform(get("/villages").with(user(townStaff)).param("sort", "population,desc").param("format", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records.stream().map(r -> r.get(1)).toList()).hasSize(VILLAGES).containsExactlyElementsOf(expected);
    }

    @Test
    void anXlsxLargerThanABatchHasEveryVillageOnceInTheListsOrder() throws Exception {
        byte[] xlsx = mvc.perform(get("/villages").with(user(townStaff)).param("sort", "population,desc").param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称");
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(1).getStringCellValue());
                }
            }
        }
        assertThat(names).hasSize(VILLAGES).containsExactlyElementsOf(expected);
    }
}
