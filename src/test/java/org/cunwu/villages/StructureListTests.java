package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.internal.ClusterRepository;
import org.cunwu.villages.internal.DemonstrationZoneRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The towns, clusters and zones lists search, sort and export exactly what they show, within the user's scope. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructureListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    ClusterRepository clusters;

    @Autowired
    DemonstrationZoneRepository zones;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    String tag;
    Town wanted;
    Town other;
    Village wantedVillage;
    Village otherVillage;
    Cluster cluster;
    DemonstrationZone wantedZone;
    DemonstrationZone otherZone;

    @BeforeAll
    void createStructures() {
        tag = VillageFixtures.freshCode().substring(0, 6);
        wanted = fixtures.town("搜索镇" + tag);
        other = fixtures.town("其他镇" + tag);
        wantedVillage = fixtures.village("搜索村" + tag, wanted);
        otherVillage = fixtures.village("其他村" + tag, other);
        cluster = new Cluster("片区" + tag);
        cluster.update(cluster.getName(), "规划" + tag, "党委" + tag, null, Set.of(wanted, other));
        cluster = clusters.save(cluster);
        wantedZone = zone("示范甲" + tag, wantedVillage);
        otherZone = zone("示范乙" + tag, otherVillage);
    }

    DemonstrationZone zone(String name, Village village) {
        DemonstrationZone zone = new DemonstrationZone(name);
        zone.update(name, "规划" + name, LocalDate.of(2024, 5, 1), Set.of(village));
        return zones.save(zone);
    }

    String body(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
        return mvc.perform(request.with(user(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The csv's rows after its header, each as its cells. */
    static List<List<String>> dataRows(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.EXCEL.parse(new StringReader(csv.replace("\uFEFF", "")))) {
            rows.add(record.toList());
        }
        return rows.subList(1, rows.size());
    }

    @Test
    void searchingTheTownsListShowsOnlyTheTownsWhoseNameHoldsTheText() throws Exception {
        String page = body(get("/towns").param("q", "搜索镇" + tag), district);

        assertThat(page).contains(">" + wanted.getName() + "</a>").doesNotContain(other.getName()).contains("value=\"搜索镇" + tag + "\"");
        assertThat(body(get("/towns").param("q", wanted.getCode().substring(0, 11)), district))
                .contains(wanted.getName()).doesNotContain(other.getName());
        assertThat(body(get("/towns").param("q", "无此镇" + tag), district)).contains("没有符合条件的记录");
    }

    @Test
    void theTownsCsvHoldsExactlyTheRowsTheSearchSelects() throws Exception {
        List<List<String>> both = dataRows(body(get("/towns").param("q", tag).param("format", "csv"), district));
        List<List<String>> one = dataRows(body(get("/towns").param("q", "搜索镇" + tag).param("format", "csv"), district));

        assertThat(both).extracting(row -> row.get(0)).containsExactlyInAnyOrder(wanted.getName(), other.getName());
        assertThat(one).extracting(row -> row.get(0)).containsExactly(wanted.getName());
        assertThat(one.get(0)).containsExactly(wanted.getName(), "镇", wanted.getCode(), "测试区", "1");
    }

    @Test
    void theTownsListSortsByTheClickedColumnAndItsExportKeepsThatOrder() throws Exception {
        List<List<String>> descending = dataRows(body(get("/towns").param("q", tag).param("sort", "name,desc")
                .param("format", "csv"), district));
        List<List<String>> ascending = dataRows(body(get("/towns").param("q", tag).param("sort", "name,asc")
                .param("format", "csv"), district));

        // by pinyin: qita (其他) before sousuo (搜索)
        assertThat(ascending).extracting(row -> row.get(0)).containsExactly(other.getName(), wanted.getName());
        assertThat(descending).extracting(row -> row.get(0)).containsExactly(wanted.getName(), other.getName());
        assertThat(body(get("/towns").param("q", tag), district)).contains("sort=name,asc");
    }

    /** A province has 1,800 towns: the list shows a page of them, the csv all that the search selects. */
    @Test
    void theTownsListShowsOnePageAndItsCsvEveryTownSelected() throws Exception {
        String first = body(get("/towns").param("q", tag).param("sort", "name,asc").param("size", "1"), district);
        String second = body(get("/towns").param("q", tag).param("sort", "name,asc").param("size", "1").param("page", "1"), district);

        assertThat(first).contains(">" + other.getName() + "</a>").doesNotContain(">" + wanted.getName() + "</a>")
                .contains("page=1");
        assertThat(second).contains(">" + wanted.getName() + "</a>").doesNotContain(">" + other.getName() + "</a>");
        assertThat(body(get("/towns").param("q", tag).param("page", "5"), district)).doesNotContain(">" + wanted.getName() + "</a>");
        assertThat(dataRows(body(get("/towns").param("q", tag).param("size", "1").param("format", "csv"), district))).hasSize(2);
    }

    @Test
    void townStaffExportTheirOwnTownOnly() throws Exception {
        PortalUser staff = VillageFixtures.user(Role.TOWN_STAFF, wanted.getId(), null);

        List<List<String>> rows = dataRows(body(get("/towns").param("format", "csv"), staff));

        assertThat(rows).extracting(row -> row.get(0)).containsExactly(wanted.getName());
    }

    @Test
    void theClustersExcelExportOpensWithItsHeaderRowAndTheSelectedClusters() throws Exception {
        byte[] xlsx = mvc.perform(get("/clusters").param("q", "规划" + tag).param("format", "xlsx").with(user(district)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("名称", "涉及镇街", "发展规划", "片区党委", "成员数");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(cluster.getName());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(String.join("、",
                    wanted.getCode().compareTo(other.getCode()) < 0
                            ? List.of(wanted.getName(), other.getName()) : List.of(other.getName(), wanted.getName())));
            assertThat(row.getCell(4).getNumericCellValue()).isZero();
        }
    }

    @Test
    void aVillageSecretarySeesOnlyTheZonesHoldingTheirVillage() throws Exception {
        PortalUser secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, wantedVillage.getId());

        assertThat(body(get("/zones"), secretary)).contains(wantedZone.getName()).doesNotContain(otherZone.getName());
        assertThat(dataRows(body(get("/zones").param("format", "csv"), secretary))).extracting(row -> row.get(0))
                .containsExactly(wantedZone.getName());
        assertThat(dataRows(body(get("/zones").param("q", "示范乙" + tag).param("format", "csv"), district)))
                .extracting(row -> row.get(0)).containsExactly(otherZone.getName());
    }

    @Test
    void theZonesFilterByTownVillageAndApprovalDayAndLeaveOutAnUnreadableValueOnly() throws Exception {
        assertThat(dataRows(body(get("/zones").param("townId", wanted.getId().toString()).param("q", tag).param("format", "csv"), district)))
                .extracting(row -> row.get(0)).containsExactly(wantedZone.getName());
        assertThat(dataRows(body(get("/zones").param("villageId", otherVillage.getId().toString()).param("q", tag).param("format", "csv"),
                district))).extracting(row -> row.get(0)).containsExactly(otherZone.getName());
        // a village chosen (as a report's link does) shows in the form, not only in the rows
        assertThat(body(get("/zones").param("villageId", otherVillage.getId().toString()).param("q", tag), district))
                .containsPattern("<option value=\"" + otherVillage.getId() + "\"\\s+selected=\"selected\">" + otherVillage.getName() + "</option>");
        // both plans were approved on 2024-05-01: the day itself is inside, the day after is not
        assertThat(body(get("/zones").param("q", tag).param("approvedFrom", "2024-05-01").param("approvedTo", "2024-05-01"), district))
                .contains("共 2 条").contains(wantedZone.getName()).contains(otherZone.getName());
        assertThat(body(get("/zones").param("q", tag).param("approvedFrom", "2024-05-02"), district)).contains("共 0 条");
        assertThat(body(get("/zones").param("q", tag).param("townId", "x"), district)).contains("共 2 条").contains("“x”无法识别");
    }

    @Test
    void theZonesListPagesSortsAndSearchesPlanTitlesInTheDatabaseAndItsExportKeepsTheOrder() throws Exception {
        String more = VillageFixtures.freshCode().substring(0, 6);
        DemonstrationZone large = zone("示范丙" + more, wantedVillage);
        large.update(large.getName(), large.getPlanTitle(), large.getPlanApprovedOn(), Set.of(wantedVillage, otherVillage));
        large = zones.save(large);
        DemonstrationZone small = zone("示范丁" + more, otherVillage);

        String first = body(get("/zones").param("q", more).param("size", "1").param("sort", "villageCount,desc"), district);
        assertThat(first).contains("共 2 条，第 1/2 页").contains(">" + large.getName() + "</a>").doesNotContain(small.getName())
                .contains("sort=villageCount,asc");
        assertThat(body(get("/zones").param("q", more).param("size", "1").param("page", "1").param("sort", "villageCount,desc"), district))
                .contains(">" + small.getName() + "</a>").doesNotContain(large.getName());
        assertThat(dataRows(body(get("/zones").param("q", more).param("sort", "villageCount,asc").param("format", "csv"), district)))
                .containsExactly(List.of(small.getName(), small.getPlanTitle(), "2024-05-01", "1"),
                        List.of(large.getName(), large.getPlanTitle(), "2024-05-01", "2"));
        // the plan title is searched too
        assertThat(dataRows(body(get("/zones").param("q", "规划示范丁" + more).param("format", "csv"), district)))
                .extracting(row -> row.get(0)).containsExactly(small.getName());
    }

    @Test
    void townStaffListAndExportOnlyTheZonesHoldingTheirVillages() throws Exception {
        PortalUser staff = VillageFixtures.user(Role.TOWN_STAFF, wanted.getId(), null);
        assertThat(body(get("/zones").param("q", tag), staff)).contains("共 1 条").contains(wantedZone.getName())
                .doesNotContain(otherZone.getName());
        assertThat(dataRows(body(get("/zones").param("q", tag).param("format", "csv"), staff))).extracting(row -> row.get(0))
                .containsExactly(wantedZone.getName());
        // a village of another town named in the address selects nothing of theirs
        assertThat(body(get("/zones").param("villageId", otherVillage.getId().toString()), staff)).doesNotContain(otherZone.getName());
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }
}
