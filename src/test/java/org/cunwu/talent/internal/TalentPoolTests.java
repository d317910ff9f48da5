package org.cunwu.talent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The talent pool per role: returned talents follow their village's scope, advisers are the district's, phones are
 * masked for everyone who may not edit the record, and bad input comes back in Chinese with what was typed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TalentPoolTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures villages;

    @Autowired
    TalentFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    String tag;
    Town town;
    Village village;
    Village neighbour;
    Village elsewhere;
    Talent returned;
    Talent returnedElsewhere;
    Talent adviser;

    final PortalUser district = TalentFixtures.DISTRICT;
    final PortalUser viewer = VillageFixtures.user(Role.VIEWER, null, null);
    PortalUser townStaff;
    PortalUser otherTownStaff;
    PortalUser secretary;
    PortalUser otherSecretary;

    @BeforeAll
    void createPool() {
        tag = TalentFixtures.tag();
        town = villages.town("人才镇" + tag);
        Town otherTown = villages.town("别处镇" + tag);
        village = villages.village("回乡村" + tag, town);
        neighbour = villages.village("邻村" + tag, town);
        elsewhere = villages.village("别处村" + tag, otherTown);
        returned = fixtures.returned("陈思远" + tag, village, LocalDate.of(2023, 5, 1), "13712345678");
        returnedElsewhere = fixtures.returned("刘欣怡" + tag, elsewhere, LocalDate.of(2023, 6, 1), "13787654321");
        adviser = fixtures.adviser("许文澜" + tag, LocalDate.of(2023, 3, 10));
        townStaff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        otherTownStaff = VillageFixtures.user(Role.TOWN_STAFF, otherTown.getId(), null);
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        otherSecretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, neighbour.getId());
    }

    String page(String path, PortalUser who, int expected) throws Exception {
        return body(get(path), who, expected);
    }

    String body(MockHttpServletRequestBuilder request, PortalUser who, int expected) throws Exception {
        return mvc.perform(request.with(user(who))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String detail(Talent t) {
        return "/talent/pool/" + t.getId();
    }

    @Test
    void aSecretaryReadsTheirOwnVillagesReturnedTalentWithThePhoneMaskedButCannotEditIt() throws Exception {
        assertThat(page(detail(returned), secretary, 200)).contains(returned.getName()).contains("137****5678")
                .doesNotContain("13712345678");
        page(detail(returned) + "/edit", secretary, 403);
        page("/talent/pool/new", secretary, 403);
    }

    @Test
    void aSecretaryOfAnotherVillageGetsNotFoundForAReturnedTalent() throws Exception {
        page(detail(returned), otherSecretary, 404);
        page(detail(returned) + "/edit", otherSecretary, 404);
    }

    @Test
    void townStaffEditTheirTownsReturnedTalentsButNotAnotherTownsOnes() throws Exception {
        assertThat(page(detail(returned) + "/edit", townStaff, 200)).contains("13712345678");
        page(detail(returnedElsewhere), townStaff, 404);
        page(detail(returnedElsewhere) + "/edit", townStaff, 404);
        page(detail(returned) + "/edit", otherTownStaff, 404);
        assertThat(page(detail(returnedElsewhere) + "/edit", otherTownStaff, 200)).contains("13787654321");
    }

    @Test
    void townStaffSaveAReturnedTalentOfTheirTownAndItsHistoryShowsTheChange() throws Exception {
        Talent mine = fixtures.returned("赵浩然" + tag, village, LocalDate.of(2023, 7, 1), "13611112222");
        body(post(detail(mine) + "/edit").with(csrf()).param("kind", "RETURNED").param("name", mine.getName())
                .param("villageId", village.getId().toString()).param("sinceDate", "2023-07-01").param("field", "冷链物流")
                .param("gender", "FEMALE").param("version", mine.getVersion().toString()), townStaff, 302);
        assertThat(page(detail(mine), district, 200)).contains("冷链物流").contains("<td>修改</td>").contains("女");
    }

    @Test
    void townStaffCannotMoveATalentIntoAnotherTownsVillage() throws Exception {
        String form = body(post("/talent/pool/new").with(csrf()).param("kind", "RETURNED").param("name", "孙嘉怡" + tag)
                .param("villageId", elsewhere.getId().toString()).param("sinceDate", "2023-04-02"), townStaff, 200);
        assertThat(form).contains("所选村（社区）不存在或不在您的权限范围内");
    }

    @Test
    void advisersAreReadByEveryoneWithAScopeAndChangedOnlyByDistrictStaff() throws Exception {
        for (PortalUser reader : new PortalUser[] {viewer, townStaff, secretary, otherSecretary}) {
            assertThat(page(detail(adviser), reader, 200)).contains(adviser.getName()).contains("139****6666")
                    .doesNotContain("13955556666");
            page(detail(adviser) + "/edit", reader, 403);
        }
        assertThat(page(detail(adviser), district, 200)).contains("13955556666").contains("聘任日期");
        body(post("/talent/pool/new").with(csrf()).param("kind", "ADVISER").param("name", "何明远" + tag)
                .param("sinceDate", "2023-03-10"), townStaff, 403);
    }

    @Test
    void anAdviserServesTheWholeDistrictSoAVillageChosenForThemIsDropped() throws Exception {
        body(post("/talent/pool/new").with(csrf()).param("kind", "ADVISER").param("name", "吕晓岚" + tag)
                .param("villageId", village.getId().toString()).param("sinceDate", "2023-05-16")
                .param("termEnd", "2026-05-15"), district, 302);
        assertThat(page("/talent/pool?q=吕晓岚" + tag, otherSecretary, 200)).contains("吕晓岚" + tag);
    }

    @Test
    void theListShowsEachRoleOnlyItsScopeAndMasksPhonesOfReaders() throws Exception {
        String forTown = page("/talent/pool?q=" + tag, townStaff, 200);
        assertThat(forTown).contains(returned.getName(), adviser.getName(), "13712345678", "139****6666")
                .doesNotContain(returnedElsewhere.getName());
        String forSecretary = page("/talent/pool?q=" + tag, secretary, 200);
        assertThat(forSecretary).contains(returned.getName(), "137****5678").doesNotContain("13712345678")
                .doesNotContain(returnedElsewhere.getName());
        assertThat(page("/talent/pool?q=" + tag, otherSecretary, 200)).doesNotContain(returned.getName())
                .contains(adviser.getName());
        assertThat(page("/talent/pool?q=" + tag + "&kind=ADVISER", district, 200)).contains(adviser.getName())
                .doesNotContain(returned.getName());
        assertThat(page("/talent/pool?q=" + tag + "&villageId=" + elsewhere.getId(), district, 200))
                .contains(returnedElsewhere.getName()).doesNotContain(returned.getName());
        assertThat(page("/talent/pool?q=" + tag, district, 200)).contains("<a href=\"/talent/pool/" + returned.getId() + "\">"
                + returned.getName() + "</a>");
        // advisers have no village: sorting by village keeps them
        assertThat(page("/talent/pool?q=" + tag + "&sort=village,desc", district, 200)).contains(adviser.getName(), returned.getName());
        assertThat(page("/talent/pool?q=" + tag + "&size=1&page=1&sort=name,asc", district, 200)).contains("第 2/");
    }

    @Test
    void anAccountWithoutAScopeSeesNoTalentAtAll() throws Exception {
        PortalUser noTown = VillageFixtures.user(Role.TOWN_STAFF, null, null);
        assertThat(page("/talent/pool?q=" + tag, noTown, 200)).doesNotContain(adviser.getName())
                .doesNotContain(returned.getName());
        page(detail(adviser), noTown, 404);
        page(detail(returned), noTown, 404);
    }

    @Test
    void exportsMaskPhonesForReadersAndKeepThemForEditors() throws Exception {
        assertThat(page("/talent/pool?format=csv&q=" + tag, viewer, 200)).contains("137****5678", "137****4321")
                .doesNotContain("13712345678").doesNotContain("13787654321");
        assertThat(page("/talent/pool?format=csv&q=" + tag, townStaff, 200)).contains("13712345678")
                .doesNotContain(returnedElsewhere.getName());
        assertThat(page("/talent/pool?format=csv&q=" + tag, district, 200)).contains("13712345678", "13787654321");
        mvc.perform(get("/talent/pool?format=xlsx&q=" + tag).with(user(district))).andExpect(status().isOk());
    }

    @Test
    void invalidInputIsShownInChineseWithWhatWasTyped() throws Exception {
        String form = body(post("/talent/pool/new").with(csrf()).param("kind", "RETURNED").param("name", "")
                .param("phone", "12345").param("birthYear", "一九九零").param("sinceDate", "昨天")
                .param("field", "果树栽培"), district, 200);
        assertThat(form).contains("必填").contains("请输入 11 位手机号").contains("请输入整数").contains("请输入日期")
                .contains("value=\"12345\"").contains("value=\"果树栽培\"");
        String noVillage = body(post("/talent/pool/new").with(csrf()).param("kind", "RETURNED").param("name", "周俊杰" + tag)
                .param("sinceDate", "2023-05-20"), district, 200);
        assertThat(noVillage).contains("回引人才必须选择所回村（社区）");
        String badTerm = body(post("/talent/pool/new").with(csrf()).param("kind", "ADVISER").param("name", "苏振宇" + tag)
                .param("sinceDate", "2023-06-21").param("termEnd", "2023-01-01"), district, 200);
        assertThat(badTerm).contains("聘期结束日期不能早于聘任日期");
    }

    @Test
    void aStaleSaveIsRefusedAndKeepsTheUsersInput() throws Exception {
        Talent t = fixtures.returned("吴雨轩" + tag, village, LocalDate.of(2023, 6, 11), "13700000001");
        body(post(detail(t) + "/edit").with(csrf()).param("kind", "RETURNED").param("name", t.getName())
                .param("villageId", village.getId().toString()).param("sinceDate", "2023-06-11").param("field", "别人的修改")
                .param("version", t.getVersion().toString()), district, 302);
        String stale = body(post(detail(t) + "/edit").with(csrf()).param("kind", "RETURNED").param("name", t.getName())
                .param("villageId", village.getId().toString()).param("sinceDate", "2023-06-11").param("field", "我的修改")
                .param("version", t.getVersion().toString()), district, 200);
        assertThat(stale).contains("其他人已修改").contains("value=\"我的修改\"");
    }

    @Test
    void aDistrictStaffMemberRecordsAReturnedTalentAndIsTakenToTheirPage() throws Exception {
        mvc.perform(post("/talent/pool/new").with(csrf()).with(user(district)).param("kind", "RETURNED")
                        .param("name", "郑佳琪" + tag).param("villageId", neighbour.getId().toString())
                        .param("sinceDate", "2023-07-08").param("phone", "13700000002"))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("/talent/pool/*"));
        assertThat(page("/talent/pool?q=郑佳琪" + tag, otherSecretary, 200)).contains("郑佳琪" + tag).contains("137****0002");
    }

    /** The pool's order (newest first) is read from an index (V94), not by sorting a province's 210,000 talents. */
    @Test
    void thePoolsOrderComesFromAnIndex() {
        String plan = transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList(
                    "explain select id from talent_person order by since_date desc, id limit 20", String.class));
        });
        assertThat(plan).contains("talent_person_since_idx").doesNotContain("Sort");
    }
}
