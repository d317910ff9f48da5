package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The towns, clusters and zones lists search and export exactly what they show, within the user's scope. */
@IntegrationTest
class StructureListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    String get200(String path, PortalUser who) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theTownsListAndItsExportHoldWhatTheSearchSelects() throws Exception {
        String tag = VillageFixtures.freshCode().substring(0, 6);
        Town wanted = fixtures.town("搜索镇" + tag);
        Town other = fixtures.town("其他镇" + tag);
        assertThat(get200("/towns?q=搜索镇" + tag, district)).contains(">" + wanted.getName() + "</a>").doesNotContain(other.getName());
        String csv = get200("/towns?format=csv&q=" + tag, district);
        assertThat(csv).contains(wanted.getName()).contains(other.getName());
        assertThat(get200("/towns?format=csv&q=搜索镇" + tag, district)).doesNotContain(other.getName());
        String own = get200("/towns?format=csv", VillageFixtures.user(Role.TOWN_STAFF, wanted.getId(), null));
        assertThat(own).contains(wanted.getName()).doesNotContain(other.getName());
    }

    @Test
    void theClustersExportIsASpreadsheetWithHeaders() throws Exception {
        byte[] xlsx = mvc.perform(get("/clusters").param("format", "xlsx").with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
        }
        assertThat(get200("/zones?format=csv", district)).startsWith("\uFEFF名称");
    }
}
