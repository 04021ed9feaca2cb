package cn.kepu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class AccountRulesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrganizationDirectory organizations;

    long unit(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    ResultActions createAs(String actor, String username, String roles, long organizationId, String password)
            throws Exception {
        return mvc.perform(post("/api/v1/users").with(httpBasic(actor, Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username":"%s","displayName":"测试用户","organizationId":%d,"roles":[%s],"password":"%s"}
                        """.formatted(username, organizationId, roles, password)));
    }

    @Test
    @DisplayName("单位管理员不能授予自己没有的角色")
    void orgAdminCannotGrantSystemAdmin() throws Exception {
        String username = Demo.unique("esc").toLowerCase();
        createAs("taishan", username, "\"SYSTEM_ADMIN\"", unit(Demo.TAISHAN), "Strong#Pass1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("您不能授予自己没有的角色：系统管理员"));
        createAs("taishan", username, "\"AUDITOR\"", unit(Demo.TAISHAN), "Strong#Pass1")
                .andExpect(status().isBadRequest());
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    @DisplayName("单位管理员可以在本区内新增工作人员，但不能在别的区新增")
    void orgAdminCreatesUsersOnlyInItsSubtree() throws Exception {
        String inside = Demo.unique("staff").toLowerCase();
        createAs("taishan", inside, "\"STAFF\"", unit("泰山区教育和体育局"), "Strong#Pass1")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.mustChangePassword").value(true));
        String outside = Demo.unique("staff").toLowerCase();
        createAs("taishan", outside, "\"STAFF\"", unit(Demo.DAIYUE), "Strong#Pass1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organizationId"));
        assertThat(accounts.existsByUsername(outside)).isFalse();
    }

    @Test
    @DisplayName("单位管理员不能修改自己的角色，也看不到范围外的账号")
    void orgAdminCannotRaiseItselfNorSeeOthers() throws Exception {
        long self = accounts.findByUsername("taishan").orElseThrow().getId();
        mvc.perform(put("/api/v1/users/{id}", self).with(httpBasic("taishan", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"孙丽\",\"organizationId\":" + unit(Demo.TAISHAN)
                                + ",\"roles\":[\"ORG_ADMIN\",\"SYSTEM_ADMIN\"],\"version\":"
                                + accounts.findByUsername("taishan").orElseThrow().getVersion() + "}"))
                .andExpect(status().isBadRequest());
        assertThat(accounts.findByUsername("taishan").orElseThrow().getRoles()).containsExactly(Role.ORG_ADMIN);

        long admin = accounts.findByUsername("admin").orElseThrow().getId();
        mvc.perform(get("/api/v1/users/{id}", admin).with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isNotFound());
        long daiyue = accounts.findByUsername("daiyue").orElseThrow().getId();
        mvc.perform(get("/api/v1/users/{id}", daiyue).with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/users").with(httpBasic("taishan", Demo.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("\"taishan\"").doesNotContain("\"daiyue\"").doesNotContain("\"admin\"");
    }

    @Test
    @DisplayName("三权分立：系统管理员、安全管理员、审计员不能由同一账号担任")
    void separatedRolesNeverMeet() throws Exception {
        String username = Demo.unique("mix").toLowerCase();
        mvc.perform(post("/api/v1/users").with(httpBasic("security", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"混合\",\"roles\":[\"SYSTEM_ADMIN\",\"AUDITOR\"],\"password\":\"Strong#Pass1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("系统管理员、安全管理员、审计员须由不同账号担任，审计员不能兼任其他角色"));
    }

    @Test
    @DisplayName("密码策略：长度、字符类别、不含登录名")
    void weakPasswordsAreRefusedWithReasons() throws Exception {
        String username = Demo.unique("weak").toLowerCase();
        String body = createAs("taishan", username, "\"REPORTER\"", unit(Demo.TAISHAN), "abc123")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("密码至少8位").contains("至少3类");
        createAs("taishan", username, "\"REPORTER\"", unit(Demo.TAISHAN), username + "A1!")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("密码不能包含登录名"));
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    @DisplayName("常见密码：Password1、Aa123456 这类长度和字符类别都够的也被拒绝，说明是哪条规则；键盘连按、拼音加生日、5201314 也算")
    void commonPasswordsAreRefused() throws Exception {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
        for (String weak : List.of("Password1", "Aa123456", "Qwerty123!", "P@ssw0rd", "1qaz2wsx3EDC", "Zhangwei19880808",
                "Wang@1990", "Woaini1314!", "Asdfghjkl1")) {
            assertThat(CommonPasswords.isCommon(weak)).as(weak).isTrue();
        }
        for (String fine : List.of(Demo.PASSWORD, "Start@2026x", "Changed@2026", "Kp#9fT2q", "科协2026@Ta")) {
            assertThat(CommonPasswords.isCommon(fine)).as(fine).isFalse();
        }
        String username = Demo.unique("common").toLowerCase();
        createAs("taishan", username, "\"REPORTER\"", unit(Demo.TAISHAN), "Password1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("密码过于常见")));
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    @DisplayName("审计员以外的人读取审计日志一律 403")
    void onlyTheAuditorReadsTheAuditLog() throws Exception {
        for (String user : new String[] {"admin", "security", "taian", "taishan", "daiyue"}) {
            mvc.perform(get("/api/v1/audit-events").with(httpBasic(user, Demo.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/audit-events").with(httpBasic("auditor", Demo.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(httpBasic("auditor", Demo.PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("两人同时改一个用户：不带版本号428，旧版本号409并返回现在的内容")
    void accountEditsNameTheirVersion() throws Exception {
        String username = Demo.unique("ver").toLowerCase();
        String created = createAs("taishan", username, "\"REPORTER\"", unit(Demo.TAISHAN), "Strong#Pass1")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        long version = Long.parseLong(created.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
        String body = """
                {"username":"%s","displayName":"%s","organizationId":%d,"roles":["REPORTER"]%s}""";
        mvc.perform(put("/api/v1/users/{id}", id).with(httpBasic("taishan", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(username, "甲", unit(Demo.TAISHAN), ""))).andExpect(status().is(428));
        mvc.perform(put("/api/v1/users/{id}", id).with(httpBasic("taishan", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(username, "甲", unit(Demo.TAISHAN), ",\"version\":" + version))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/{id}", id).with(httpBasic("taishan", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(username, "乙", unit(Demo.TAISHAN), ",\"version\":" + version))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.displayName").value("甲")).andExpect(jsonPath("$.currentVersion").value(version + 1));
    }
}
