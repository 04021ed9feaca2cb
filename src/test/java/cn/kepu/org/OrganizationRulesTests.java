package cn.kepu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.kepu.audit.AuditAction;
import cn.kepu.audit.AuditFilter;
import cn.kepu.audit.AuditTrail;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class OrganizationRulesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organizations organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditTrail audit;

    long id(String name) {
        return organizations.findByName(name).orElseThrow().getId();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    @DisplayName("同一上级下重名、信用代码错误、电话格式错误：一次列出，表单保留所填内容，不保存")
    void formShowsEveryProblemAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/organizations").with(as("taishan")).with(csrf())
                        .param("parentId", String.valueOf(id(Demo.TAISHAN))).param("name", "泰山区教育和体育局")
                        .param("shortName", "我填的简称").param("unitType", "MEMBER_UNIT").param("level", "COUNTY")
                        .param("creditCode", "91350100M000100Y44").param("contactPhone", "12345"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("“泰山区科学技术协会”下已有名为“泰山区教育和体育局”的单位")
                .contains("统一社会信用代码校验位不正确，请核对")
                .contains("联系电话应为11位手机号或固定电话")
                .contains("value=\"我填的简称\"").contains("value=\"91350100M000100Y44\"");
        assertThat(organizations.findAll()).filteredOn(o -> "我填的简称".equals(o.getShortName())).isEmpty();
    }

    @Test
    @DisplayName("必填项缺失时显示中文提示")
    void missingFieldsAreNamedInChinese() throws Exception {
        String page = mvc.perform(post("/organizations").with(as("taishan")).with(csrf())
                        .param("parentId", String.valueOf(id(Demo.TAISHAN))).param("name", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写单位名称").contains("请选择单位类型").contains("请选择单位级别");
    }

    @Test
    @DisplayName("不能把单位移动到它自己的下级单位之下")
    void cannotMoveUnderOwnDescendant() throws Exception {
        long taian = id(Demo.TAIAN);
        String pathBefore = organizations.findById(taian).orElseThrow().getPath();
        String page = mvc.perform(post("/organizations/{id}/move", taian).with(as("admin")).with(csrf())
                        .param("parentId", String.valueOf(id(Demo.TAISHAN))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("不能将单位移动到其自身或其下级单位之下");
        assertThat(organizations.findById(taian).orElseThrow().getPath()).isEqualTo(pathBefore);
    }

    @Test
    @DisplayName("单位管理员不能移动或停用本单位")
    void orgAdminCannotMoveOrDisableItsOwnUnit() throws Exception {
        long taishan = id(Demo.TAISHAN);
        mvc.perform(post("/api/v1/organizations/{id}/move", taishan).with(httpBasic("taishan", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + taishan + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/organizations/{id}/disable", taishan).with(as("taishan")).with(csrf()))
                .andExpect(flash().attribute("error", "不能停用本单位"));
        assertThat(organizations.findById(taishan).orElseThrow().isEnabled()).isTrue();
    }

    @Test
    @DisplayName("有正常下级单位时不能停用；停用后该单位的账号不能登录")
    void disablingNeedsNoEnabledChildrenAndLocksOutItsUsers() throws Exception {
        mvc.perform(post("/organizations/{id}/disable", id(Demo.WEINAN)).with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("error", Matchers.containsString("下还有")));

        String name = Demo.unique("停用测试单位");
        mvc.perform(post("/api/v1/organizations").with(httpBasic("admin", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"unitType\":\"AFFILIATE\",\"level\":\"CITY\",\"parentId\":" + id(Demo.WEINAN) + "}"))
                .andExpect(status().isCreated());
        String username = Demo.unique("dis").toLowerCase();
        mvc.perform(post("/api/v1/users").with(httpBasic("admin", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"displayName\":\"某人\",\"organizationId\":" + id(name)
                        + ",\"roles\":[\"STAFF\"],\"password\":\"Strong#Pass1\"}")).andExpect(status().isCreated());

        mvc.perform(post("/organizations/{id}/disable", id(name)).with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("message", "已停用"));
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "Strong#Pass1")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("账号或所在单位已停用")));
    }

    @Test
    @DisplayName("新增和修改单位写入审计日志，修改记录前后变化")
    void changesAreAuditedWithBeforeAndAfter() throws Exception {
        String name = Demo.unique("审计测试学会");
        mvc.perform(post("/organizations").with(as("taishan")).with(csrf()).param("parentId", String.valueOf(id(Demo.TAISHAN)))
                .param("name", name).param("shortName", "旧简称").param("unitType", "SOCIETY").param("level", "COUNTY"));
        long unit = id(name);
        mvc.perform(post("/organizations/{id}", unit).with(as("taishan")).with(csrf()).param("name", name)
                .param("version", String.valueOf(organizations.findById(unit).orElseThrow().getVersion())).param("shortName", "新简称").param("unitType", "SOCIETY").param("level", "COUNTY"));

        var created = audit.search(new AuditFilter(null, null, "taishan", AuditAction.CREATE, name, null), 0, 5).getContent();
        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.getObjectName()).isEqualTo(name);
            assertThat(e.getOrganizationName()).isEqualTo(Demo.TAISHAN);
            assertThat(e.getSummary()).contains("上级单位：泰山区科学技术协会");
        });
        var updated = audit.search(new AuditFilter(null, null, "taishan", AuditAction.UPDATE, name, null), 0, 5).getContent();
        assertThat(updated).singleElement().satisfies(e -> assertThat(e.getSummary()).isEqualTo("简称：旧简称 → 新简称"));
    }

    @Test
    @DisplayName("API 的错误是中文的 JSON，用户输错不会得到 500")
    void apiErrorsAreChineseJson() throws Exception {
        mvc.perform(post("/api/v1/organizations").with(httpBasic("taishan", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("请求内容或参数格式不正确"));
        mvc.perform(post("/api/v1/organizations").with(httpBasic("taishan", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"parentId\":" + id(Demo.TAISHAN) + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[?(@.field=='name')].message").value("请填写单位名称"));
        mvc.perform(get("/api/v1/organizations/abc").with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/organizations").with(httpBasic("taishan", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"某单位\",\"unitType\":\"SOCIETY\",\"level\":\"COUNTY\",\"regionCode\":\"999999\",\"parentId\":" + id(Demo.TAISHAN) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("行政区划代码“999999”不存在，应为6位 GB/T 2260 代码"));
    }
}
