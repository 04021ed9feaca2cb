package cn.kepu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class DataScopeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    UserDetailsService users;

    long id(String name) {
        return organizations.findByName(name).orElseThrow().getId();
    }

    @Test
    @DisplayName("岱岳区填报员通过 API 搜索不到泰山区的单位")
    void reporterSearchSeesNothingOfAnotherCounty() throws Exception {
        String body = mvc.perform(get("/api/v1/organizations").param("q", "泰山").with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("泰山区").contains("\"totalElements\":0");

        String own = mvc.perform(get("/api/v1/organizations").with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains(Demo.DAIYUE).contains("\"totalElements\":1");
    }

    @Test
    @DisplayName("岱岳区填报员按 id 读取或修改泰山区的单位，得到的回答与不存在的单位相同")
    void reporterCannotReadOrChangeAnotherCountyById() throws Exception {
        long taishan = id(Demo.TAISHAN);
        mvc.perform(get("/api/v1/organizations/{id}", taishan).with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("单位不存在，或不在您的数据权限范围内"));
        mvc.perform(get("/api/v1/organizations/{id}", 999_999).with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("单位不存在，或不在您的数据权限范围内"));
        mvc.perform(put("/api/v1/organizations/{id}", taishan).with(httpBasic("daiyue", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"被篡改\",\"unitType\":\"ASSOCIATION\",\"level\":\"COUNTY\"}"))
                .andExpect(status().isForbidden());
        assertThat(organizations.findById(taishan).orElseThrow().getName()).isEqualTo(Demo.TAISHAN);
    }

    @Test
    @DisplayName("岱岳区填报员通过页面地址看不到泰山区的单位，也导出不了")
    void reporterCannotReachAnotherCountyByPageUrl() throws Exception {
        long taishan = id(Demo.TAISHAN);
        var daiyue = user(users.loadUserByUsername("daiyue"));
        String page = mvc.perform(get("/organizations").param("selected", String.valueOf(taishan)).with(daiyue))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("不在您的数据权限范围内").doesNotContain("孙丽");
        mvc.perform(get("/organizations/{id}/export", taishan).with(daiyue)).andExpect(status().isNotFound());
        mvc.perform(get("/organizations/{id}/children", id(Demo.TAIAN)).with(daiyue)).andExpect(status().isNotFound());
        String search = mvc.perform(get("/organizations/search").param("q", "泰山").with(daiyue))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(search).doesNotContain(Demo.TAISHAN);
    }

    @Test
    @DisplayName("泰山区管理员修改不了岱岳区的单位，也不能把本区单位移到岱岳区下")
    void orgAdminCannotChangeOrMoveOutsideItsSubtree() throws Exception {
        long daiyue = id(Demo.DAIYUE);
        var taishanAdmin = user(users.loadUserByUsername("taishan"));
        mvc.perform(post("/organizations/{id}", daiyue).with(taishanAdmin).with(csrf())
                        .param("name", "被篡改").param("unitType", "ASSOCIATION").param("level", "COUNTY"))
                .andExpect(status().isNotFound());
        long member = id("泰山区教育和体育局");
        mvc.perform(post("/api/v1/organizations/{id}/move", member).with(httpBasic("taishan", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + daiyue + "}"))
                .andExpect(status().isNotFound());
        assertThat(organizations.findById(member).orElseThrow().getParentId()).isEqualTo(id(Demo.TAISHAN));
        assertThat(organizations.findById(daiyue).orElseThrow().getName()).isEqualTo(Demo.DAIYUE);
    }

    @Test
    @DisplayName("单位移动后，数据权限立即按新位置生效")
    void movingAUnitMovesItsVisibilityAtOnce() throws Exception {
        String name = Demo.unique("测试学会");
        String created = mvc.perform(post("/api/v1/organizations").with(httpBasic("taishan", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"unitType\":\"SOCIETY\",\"level\":\"COUNTY\",\"parentId\":"
                                + id(Demo.TAISHAN) + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long unit = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/organizations/{id}", unit).with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isOk());

        mvc.perform(post("/api/v1/organizations/{id}/move", unit).with(httpBasic("admin", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + id(Demo.DAIYUE) + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parentId").value(id(Demo.DAIYUE)));

        mvc.perform(get("/api/v1/organizations/{id}", unit).with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organizations/{id}", unit).with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(organizations.findById(unit).orElseThrow().getPath())
                .startsWith(organizations.findById(id(Demo.DAIYUE)).orElseThrow().getPath());
    }

    @Test
    @DisplayName("渭南市的用户看不到山东的任何单位，泰安市的用户看不到陕西的")
    void provincesDoNotSeeEachOther() throws Exception {
        String weinan = mvc.perform(get("/api/v1/organizations").param("size", "500").with(httpBasic("weinan", Demo.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(weinan).contains(Demo.WEINAN).doesNotContain("泰安").doesNotContain("山东");
        String taian = mvc.perform(get("/api/v1/organizations").param("size", "500").with(httpBasic("taian", Demo.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(taian).contains(Demo.TAISHAN).doesNotContain("渭南").doesNotContain(Demo.SHANDONG);
    }

    @Test
    @DisplayName("联系电话只对本单位或上级单位的管理员显示完整号码")
    void phoneIsMaskedExceptForAdministratorsAbove() throws Exception {
        long taishan = id(Demo.TAISHAN);
        mvc.perform(get("/api/v1/organizations/{id}", taishan).with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(jsonPath("$.contactPhone").value("138****0010"));
        mvc.perform(get("/api/v1/organizations/{id}", taishan).with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(jsonPath("$.contactPhone").value("13805380010"));
        mvc.perform(get("/api/v1/organizations/{id}", taishan).with(httpBasic("admin", Demo.PASSWORD)))
                .andExpect(jsonPath("$.contactPhone").value("13805380010"));
    }

    @Test
    @DisplayName("审计员看不到任何单位数据")
    void auditorSeesNoOrganizations() throws Exception {
        mvc.perform(get("/api/v1/organizations").with(httpBasic("auditor", Demo.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.title").value("无权访问"));
        mvc.perform(get("/organizations").with(user(users.loadUserByUsername("auditor"))))
                .andExpect(status().isForbidden());
    }
}
