package org.cunwu.cadres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators keep the dictionaries; an entry in use or the Party secretary cannot be deleted. */
@IntegrationTest
class DictionaryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PostTypeRepository postTypes;

    final PortalUser admin = VillageFixtures.user(Role.ADMIN, null, null);

    @Test
    void anAdministratorAddsAPostAndItsCodeMustBeNew() throws Exception {
        String code = "TEST_POST_" + VillageFixtures.freshCode().substring(0, 6);
        mvc.perform(post("/admin/dictionaries/posts").with(csrf()).with(user(admin))
                .param("code", code).param("nameZh", "网格员").param("nameEn", "Grid worker").param("sortOrder", "70"))
                .andExpect(status().is3xxRedirection());
        assertThat(postTypes.findByCode(code)).isPresent();
        String page = mvc.perform(post("/admin/dictionaries/posts").with(csrf()).with(user(admin))
                        .param("code", code).param("nameZh", "重复").param("nameEn", "Again").param("sortOrder", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("该代码已存在").contains("请输入整数");
    }

    @Test
    void theSecretaryPostCannotBeDeletedAndOnlyAdministratorsOpenDictionaries() throws Exception {
        Long secretary = postTypes.findByCode(PostType.PARTY_SECRETARY).orElseThrow().getId();
        mvc.perform(post("/admin/dictionaries/posts/" + secretary + "/delete").with(csrf()).with(user(admin)))
                .andExpect(flash().attribute("error", "dictionary.inUse"));
        assertThat(postTypes.findById(secretary)).isPresent();
        mvc.perform(get("/admin/dictionaries/posts").with(user(VillageFixtures.user(Role.DISTRICT_STAFF, null, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/dictionaries/project-categories").with(user(admin))).andExpect(status().isOk());
    }
}
