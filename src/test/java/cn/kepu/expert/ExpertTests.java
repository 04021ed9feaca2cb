package cn.kepu.expert;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.parallel.ResourceLock;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.StaleVersion;
import cn.kepu.support.Users;
import cn.kepu.support.XlsxTable;

@ResourceLock("experts") // ExpertTests counts all experts before and after a refused import
@KepuTest
class ExpertTests {

    @Autowired
    ExpertRegistry registry;
    @Autowired
    ExpertSheet sheet;
    @Autowired
    Experts experts;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void logOut() {
        Users.nobody();
    }

    long unit(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    ExpertForm form(String unit, String name, List<ExpertField> fields, String skills, Availability availability) {
        ExpertForm form = new ExpertForm();
        form.setUnitId(unit(unit));
        form.setName(name);
        form.setGender("女");
        form.setEmployer("泰安市中心医院");
        form.setTitle("主任医师");
        form.setFields(fields);
        form.setSkills(skills);
        form.setAvailability(availability);
        form.setPhone("13912345678");
        return form;
    }

    Expert expert(String unit, String name, List<ExpertField> fields, String skills, Availability availability) {
        return registry.create(form(unit, name, fields, skills, availability));
    }

    int audited(String action, String objectType, String username) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and object_type = ? and username = ?",
                Integer.class, action, objectType, username);
    }

    @Test
    @DisplayName("添加和修改专家：漏填、号码有误时逐项给出中文提示；修改须带版本号，别人先改过时不覆盖；表单页保留所填")
    void createAndEditWithBadInput() throws Exception {
        Users.as(users, "taian");
        ExpertForm bad = new ExpertForm();
        bad.setUnitId(unit(Demo.TAIAN));
        bad.setName("  ");
        bad.setEmployer("山东农业大学");
        bad.setGender("未知");
        bad.setPhone("12345");
        long before = experts.count();
        assertThatThrownBy(() -> registry.create(bad)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.problems()).extracting(p -> p.field() + "|" + p.getMessage()).containsExactlyInAnyOrder(
                        "name|请填写专家姓名",
                        "gender|性别应为“男”或“女”",
                        "fields|请至少选择一个专业领域",
                        "availability|请选择可联系时间",
                        "phone|联系电话应为11位手机号或固定电话（如 0538-6221234）"));
        assertThat(experts.count()).isEqualTo(before);

        String name = Demo.unique("王立红");
        Expert created = expert(Demo.TAIAN, name, List.of(ExpertField.HEALTH), "急救培训", Availability.WORKDAYS);
        assertThat(created.getPhoneMasked()).isEqualTo("139****5678");
        assertThatThrownBy(() -> expert(Demo.TAIAN, name, List.of(ExpertField.HEALTH), "重复", Availability.WORKDAYS))
                .isInstanceOf(RuleViolation.class).hasMessage(Demo.TAIAN + "的专家库中已有泰安市中心医院的“" + name + "”");

        ExpertForm edit = form(Demo.TAIAN, name, List.of(ExpertField.HEALTH, ExpertField.EMERGENCY), "心肺复苏", Availability.ANYTIME);
        edit.setPhone(null);
        edit.setVersion(created.getVersion());
        Expert changed = registry.update(created.getId(), edit);
        assertThat(changed.getFields()).containsExactly(ExpertField.HEALTH, ExpertField.EMERGENCY);
        assertThat(changed.isEmergency()).as("选了应急科普领域即加入应急科普专家队伍").isTrue();
        assertThat(changed.getPhoneMasked()).as("不填电话则保留原号码").isEqualTo("139****5678");
        edit.setSkills("过期的修改");
        assertThatThrownBy(() -> registry.update(created.getId(), edit)).isInstanceOf(StaleVersion.class);
        assertThat(registry.expert(created.getId()).getSkills()).isEqualTo("心肺复苏");

        String page = mvc.perform(post("/experts").with(user(users.loadUserByUsername("taian"))).with(csrf())
                        .param("unitId", String.valueOf(unit(Demo.TAIAN))).param("name", "赵雅琴").param("employer", "泰山学院")
                        .param("fields", "EDUCATION").param("phone", "0538-12").param("skills", "青少年科学实验"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请选择可联系时间").contains("联系电话应为11位手机号或固定电话")
                .contains("value=\"赵雅琴\"").contains("value=\"泰山学院\"").contains("value=\"0538-12\"")
                .contains("value=\"青少年科学实验\"").containsPattern("value=\"EDUCATION\"[^>]*checked");
    }

    @Test
    @DisplayName("找专家：按领域和技能在本人范围内查找，可随时联系的在前；其他地区的专家查不到；可只看应急科普、按管理单位筛选")
    void searchByFieldAndSkillWithinScope() throws Exception {
        Users.as(users, "admin");
        String skill = Demo.unique("果树修剪");
        Expert daiyue = expert(Demo.DAIYUE, "甲" + skill, List.of(ExpertField.AGRICULTURE), skill, Availability.BY_APPOINTMENT);
        Expert taishan = expert(Demo.TAISHAN, "乙" + skill, List.of(ExpertField.AGRICULTURE, ExpertField.EMERGENCY), skill,
                Availability.ANYTIME);
        Expert resting = expert(Demo.TAIAN, "丙" + skill, List.of(ExpertField.AGRICULTURE), skill, Availability.UNAVAILABLE);
        Expert doctor = expert(Demo.TAIAN, "丁" + skill, List.of(ExpertField.HEALTH), skill, Availability.ANYTIME);
        Expert weinan = expert(Demo.WEINAN, "戊" + skill, List.of(ExpertField.AGRICULTURE), skill, Availability.ANYTIME);

        Users.as(users, "taian");
        assertThat(registry.experts(new ExpertRegistry.Filter(null, ExpertField.AGRICULTURE, skill, null, false, null), 0).getContent())
                .as("农业领域，可随时联系的在前，渭南的不在其中").extracting(Expert::getId)
                .containsExactly(taishan.getId(), daiyue.getId(), resting.getId());
        assertThat(registry.experts(new ExpertRegistry.Filter(null, ExpertField.HEALTH, skill, null, false, null), 0).getContent())
                .extracting(Expert::getId).containsExactly(doctor.getId());
        assertThat(registry.experts(new ExpertRegistry.Filter(null, null, skill, null, true, null), 0).getContent())
                .as("只看应急科普").extracting(Expert::getId).containsExactly(taishan.getId());
        assertThat(registry.experts(new ExpertRegistry.Filter(null, null, skill, null, false, unit(Demo.DAIYUE)), 0).getContent())
                .as("管理单位").extracting(Expert::getId).containsExactly(daiyue.getId());
        assertThat(registry.experts(new ExpertRegistry.Filter(null, null, skill, Availability.ANYTIME, false, null), 0)
                .getTotalElements()).isEqualTo(2);

        Users.as(users, "taishan");
        assertThat(registry.experts(new ExpertRegistry.Filter(null, ExpertField.AGRICULTURE, skill, null, false, null), 0).getContent())
                .as("泰山区只看到本区的").extracting(Expert::getId).containsExactly(taishan.getId());

        String api = mvc.perform(get("/api/v1/experts").param("field", "AGRICULTURE").param("skill", skill)
                        .with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.content[0].name").value("乙" + skill))
                .andExpect(jsonPath("$.content[0].phone").value("139****5678"))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).doesNotContain("戊" + skill).doesNotContain("13912345678");

        String page = mvc.perform(get("/experts").param("field", "AGRICULTURE").param("skill", skill)
                        .with(user(users.loadUserByUsername("taian"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("乙" + skill, "甲" + skill, "丙" + skill).doesNotContain("丁" + skill).doesNotContain("戊" + skill)
                .contains("共 3 位专家");
        assertThat(page.indexOf("乙" + skill)).isLessThan(page.indexOf("甲" + skill));
        assertThat(weinan.getId()).isNotNull();
    }

    @Test
    @DisplayName("数据权限：泰山区的用户按地址或接口打开、修改岱岳区的专家，得到404，如同不存在")
    void countyUserGets404ForAnotherCounty() throws Exception {
        Users.as(users, "admin");
        Expert other = expert(Demo.DAIYUE, Demo.unique("周文静"), List.of(ExpertField.AGRICULTURE), "设施蔬菜", Availability.ANYTIME);

        Users.as(users, "taishan");
        assertThatThrownBy(() -> registry.expert(other.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> registry.reveal(other.getId())).isInstanceOf(NotFoundException.class);
        ExpertForm move = form(Demo.DAIYUE, "越权修改", List.of(ExpertField.HEALTH), null, Availability.ANYTIME);
        move.setVersion(other.getVersion());
        assertThatThrownBy(() -> registry.update(other.getId(), move)).isInstanceOf(NotFoundException.class);
        ExpertForm into = form(Demo.DAIYUE, "越权添加", List.of(ExpertField.HEALTH), null, Availability.ANYTIME);
        assertThatThrownBy(() -> registry.create(into)).isInstanceOf(NotFoundException.class);

        var taishan = httpBasic("taishan", Demo.PASSWORD);
        mvc.perform(get("/api/v1/experts/{id}", other.getId()).with(taishan)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不在您的数据权限范围内")));
        mvc.perform(put("/api/v1/experts/{id}", other.getId()).with(taishan).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + unit(Demo.TAISHAN) + ",\"name\":\"越权\",\"employer\":\"某单位\",\"fields\":[\"HEALTH\"],"
                                + "\"availability\":\"ANYTIME\",\"version\":" + other.getVersion() + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/experts/{id}/phone", other.getId()).with(taishan)).andExpect(status().isNotFound());
        assertThat(experts.findById(other.getId()).orElseThrow().getName()).isEqualTo(other.getName());

        var page = user(users.loadUserByUsername("taishan"));
        String body = mvc.perform(get("/experts/{id}", other.getId()).with(page)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(other.getName());
        mvc.perform(get("/experts/{id}/edit", other.getId()).with(page)).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("填报员无权查找专家：服务、页面和接口都拒绝（403），并用中文说明原因")
    void reporterIsRefusedSearch() throws Exception {
        Users.as(users, "daiyue");
        assertThat(registry.maySearch()).isFalse();
        assertThatThrownBy(() -> registry.experts(ExpertRegistry.Filter.none(), 0)).isInstanceOf(ExpertSearchRefused.class)
                .hasMessageContaining("填报员不能查找或查看专家");
        Users.as(users, "taian");
        assertThat(registry.maySearch()).isTrue();

        mvc.perform(get("/api/v1/experts").param("field", "HEALTH").with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.title").value("无权查找专家"))
                .andExpect(jsonPath("$.detail").value(ExpertSearchRefused.MESSAGE));
        mvc.perform(post("/api/v1/experts").with(httpBasic("daiyue", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + unit(Demo.DAIYUE) + ",\"name\":\"某\",\"employer\":\"某单位\",\"fields\":[\"HEALTH\"],"
                                + "\"availability\":\"ANYTIME\"}"))
                .andExpect(status().isForbidden());
        var daiyue = user(users.loadUserByUsername("daiyue"));
        String page = mvc.perform(get("/experts").param("field", "HEALTH").with(daiyue)).andExpect(status().isForbidden())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("您没有查找专家的权限").contains("填报员不能查找或查看专家");
        assertThat(mvc.perform(get("/expert-studios").with(daiyue)).andExpect(status().isForbidden()).andReturn()
                .getResponse().getContentAsString()).contains("您没有查找专家的权限");
        assertThat(mvc.perform(get("/").with(daiyue)).andReturn().getResponse().getContentAsString())
                .as("填报员的菜单里没有专家库").doesNotContain("nav-experts");
    }

    @Test
    @DisplayName("联系电话：工作人员只见打码；管理单位的管理员可显示完整号码，每次查看和每次导出都记入审计日志")
    void phoneMaskedOrRevealedPerRoleAndAudited() throws Exception {
        Users.as(users, "admin");
        String name = Demo.unique("孙国栋");
        Expert e = expert(Demo.TAISHAN, name, List.of(ExpertField.HEALTH), "传染病防控", Availability.WORKDAYS);
        Map<String, Object> row = jdbc.queryForMap("select * from expert where id = ?", e.getId());
        assertThat(row.values()).as("数据库中没有明文号码")
                .allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain("13912345678"));

        Users.as(users, "taian");
        assertThat(registry.mayReveal(registry.expert(e.getId()))).as("工作人员").isFalse();
        assertThatThrownBy(() -> registry.reveal(e.getId())).isInstanceOf(AccessDeniedException.class);
        int taianExports = audited("EXPORT", "专家", "taian");
        assertThat(cells(sheet.export(new ExpertRegistry.Filter(name, null, null, null, false, null))).get(name))
                .contains("139****5678").doesNotContain("13912345678");
        assertThat(audited("EXPORT", "专家", "taian")).isEqualTo(taianExports + 1);

        Users.as(users, "taishan");
        assertThat(registry.mayReveal(registry.expert(e.getId()))).as("泰山区单位管理员").isTrue();
        int reveals = audited("REVEAL", "专家", "taishan");
        assertThat(registry.reveal(e.getId())).isEqualTo("13912345678");
        assertThat(audited("REVEAL", "专家", "taishan")).isEqualTo(reveals + 1);
        int exports = audited("EXPORT", "专家", "taishan");
        assertThat(cells(sheet.export(new ExpertRegistry.Filter(name, null, null, null, false, null))).get(name))
                .contains("13912345678");
        assertThat(audited("EXPORT", "专家", "taishan")).isEqualTo(exports + 1);
        assertThat(jdbc.queryForObject("select summary from audit_event where action = 'EXPORT' and object_type = '专家' "
                + "and username = 'taishan' order by id desc limit 1", String.class)).contains("导出1位专家").contains("1位的联系电话为完整号码");

        mvc.perform(post("/api/v1/experts/{id}/phone", e.getId()).with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/experts/{id}", e.getId()).with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").value("139****5678"));
        mvc.perform(post("/api/v1/experts/{id}/phone", e.getId()).with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").value("13912345678"));
        assertThat(audited("REVEAL", "专家", "taishan")).isEqualTo(reveals + 2);

        String staff = mvc.perform(get("/experts/{id}", e.getId()).with(user(users.loadUserByUsername("taian"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(staff).contains("139****5678").doesNotContain("13912345678").doesNotContain("显示完整号码");
        var admin = user(users.loadUserByUsername("taishan"));
        assertThat(mvc.perform(get("/experts/{id}", e.getId()).with(admin)).andReturn().getResponse().getContentAsString())
                .contains("显示完整号码").doesNotContain("13912345678");
        String revealed = mvc.perform(post("/experts/{id}/reveal", e.getId()).with(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(revealed).contains("13912345678").contains("本次查看已记入审计日志");
        assertThat(audited("REVEAL", "专家", "taishan")).isEqualTo(reveals + 3);
    }

    byte[] workbook(String[]... rows) {
        XlsxTable t = XlsxTable.of("专家库", "测试", List.of("姓名*", "性别", "工作单位*", "职称", "专业领域*", "技能特长",
                "可联系时间*", "应急科普", "联系电话", "管理单位*"));
        for (String[] r : rows) {
            t.row((Object[]) r);
        }
        return t.toBytes();
    }

    @Test
    @DisplayName("导入：有一行出错则一个也不导入，按行和列说明问题；页面列出错误并可下载标注了错误的文件")
    void importWithABadRowStoresNothing() throws Exception {
        Users.as(users, "taian");
        String good = Demo.unique("刘振华");
        String bad = Demo.unique("陈建军");
        byte[] wrong = workbook(
                new String[] {good, "男", "泰安市气象局", "正研级高级工程师", "气象、应急科普", "气象灾害预警", "可随时联系", "是", "13605381003", Demo.TAIAN},
                new String[] {bad, "男", "", "高级工程师", "地震、防震减灾", "", "周末", "可能", "1234", Demo.WEINAN});
        long before = experts.count();
        assertThatThrownBy(() -> sheet.importExperts(wrong)).isInstanceOfSatisfying(ImportRejected.class, e ->
                assertThat(e.problems()).extracting(p -> p.row() + "|" + p.column() + "|" + p.message()).containsExactlyInAnyOrder(
                        "4|专业领域|“地震”不是有效的专业领域，应为农业、医疗卫生、应急科普、教育、生态环境、信息技术、气象、防震减灾、工程技术、其他之一",
                        "4|可联系时间|“周末”不是有效的可联系时间，应为可随时联系、工作日、需提前预约、暂不可用之一",
                        "4|应急科普|“可能”应填“是”或“否”",
                        "4|管理单位|找不到“" + Demo.WEINAN + "”：管理单位应为您权限范围内的科协",
                        "4|工作单位|请填写工作单位",
                        "4|联系电话|联系电话应为11位手机号或固定电话（如 0538-6221234）"));
        assertThat(experts.count()).isEqualTo(before);

        MockHttpSession session = new MockHttpSession();
        var taian = user(users.loadUserByUsername("taian"));
        String page = mvc.perform(multipart("/experts/import").file(new MockMultipartFile("file", "专家.xlsx", null, wrong))
                        .session(session).with(taian).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("文件中有6处错误，未导入任何数据").contains("第4行").contains("“周末”不是有效的可联系时间")
                .contains("/experts/import/errors/");
        assertThat(experts.count()).isEqualTo(before);
        String link = page.replaceFirst("(?s).*href=\"(/experts/import/errors/[^\"]+)\".*", "$1");
        mvc.perform(get(link).session(session).with(taian)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("导出再导入：导出的表原样读回时因已在专家库中被整体拒绝；改了姓名后导入，各项与原专家相同")
    void exportImportRoundTrip() throws Exception {
        Users.as(users, "taishan");
        String prefix = Demo.unique("往返");
        Expert a = registry.create(form(Demo.TAISHAN, prefix + "甲", List.of(ExpertField.HEALTH, ExpertField.EMERGENCY),
                "心肺复苏，急救培训", Availability.ANYTIME));
        ExpertForm bForm = form(Demo.TAISHAN, prefix + "乙", List.of(ExpertField.ECOLOGY), "森林防火", Availability.BY_APPOINTMENT);
        bForm.setPhone("0538-6221234");
        bForm.setGender(null);
        bForm.setTitle(null);
        bForm.setEmployer("泰山林业科学研究院");
        Expert b = registry.create(bForm);

        byte[] exported = sheet.export(new ExpertRegistry.Filter(prefix, null, null, null, false, null));
        Map<String, List<String>> rows = cells(exported);
        assertThat(rows.get(prefix + "甲")).containsExactly(prefix + "甲", "女", "泰安市中心医院", "主任医师", "医疗卫生、应急科普",
                "心肺复苏，急救培训", "可随时联系", "是", "13912345678", Demo.TAISHAN);
        assertThat(rows.get(prefix + "乙")).containsExactly(prefix + "乙", "", "泰山林业科学研究院", "", "生态环境", "森林防火",
                "需提前预约", "否", "0538-6221234", Demo.TAISHAN);

        long before = experts.count();
        assertThatThrownBy(() -> sheet.importExperts(exported)).isInstanceOfSatisfying(ImportRejected.class, e ->
                assertThat(e.problems()).extracting(p -> p.column() + "|" + p.message()).containsExactlyInAnyOrder(
                        "姓名|“" + Demo.TAISHAN + "”的专家库中已有泰安市中心医院的“" + prefix + "甲”",
                        "姓名|“" + Demo.TAISHAN + "”的专家库中已有泰山林业科学研究院的“" + prefix + "乙”"));
        assertThat(experts.count()).isEqualTo(before);

        List<Expert> imported;
        try {
            imported = sheet.importExperts(renamed(exported, prefix, prefix + "复"));
        } catch (ImportRejected e) {
            throw new AssertionError(e.problems().toString(), e);
        }
        assertThat(imported).hasSize(2);
        for (Expert original : List.of(a, b)) {
            Expert copy = imported.stream().filter(x -> x.getName().equals(original.getName().replace(prefix, prefix + "复")))
                    .findFirst().orElseThrow();
            assertThat(copy.getEmployer()).isEqualTo(original.getEmployer());
            assertThat(copy.getGender()).isEqualTo(original.getGender());
            assertThat(copy.getTitle()).isEqualTo(original.getTitle());
            assertThat(copy.getFields()).isEqualTo(original.getFields());
            assertThat(copy.getSkills()).isEqualTo(original.getSkills());
            assertThat(copy.getAvailability()).isEqualTo(original.getAvailability());
            assertThat(copy.isEmergency()).isEqualTo(original.isEmergency());
            assertThat(copy.getUnit().getId()).isEqualTo(original.getUnit().getId());
            assertThat(registry.reveal(copy.getId())).isEqualTo(registry.reveal(original.getId()));
        }
        assertThat(audited("IMPORT", "专家", "taishan")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("科普专家工作室：领衔专家须在本人范围内，漏填时提示；建立后在专家页和列表上可见；其他地区404")
    void studios() throws Exception {
        Users.as(users, "admin");
        Expert daiyue = expert(Demo.DAIYUE, Demo.unique("岱岳专家"), List.of(ExpertField.AGRICULTURE), "蔬菜", Availability.ANYTIME);
        Users.as(users, "taishan");
        Expert lead = expert(Demo.TAISHAN, Demo.unique("李明哲"), List.of(ExpertField.ECOLOGY), "古树保护", Availability.WORKDAYS);
        StudioForm form = new StudioForm();
        form.setUnitId(unit(Demo.TAISHAN));
        assertThatThrownBy(() -> registry.createStudio(form)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.problems()).extracting(RuleViolation::getMessage)
                        .containsExactlyInAnyOrder("请填写工作室名称", "请选择领衔专家", "请选择工作室的专业领域"));
        form.setName(Demo.unique("泰山古树科普专家工作室"));
        form.setField(ExpertField.ECOLOGY);
        form.setLeadExpertId(daiyue.getId());
        assertThatThrownBy(() -> registry.createStudio(form)).isInstanceOf(RuleViolation.class)
                .hasMessage("找不到所选的领衔专家，或不在您的数据权限范围内");
        form.setLeadExpertId(lead.getId());
        ExpertStudio studio = registry.createStudio(form);
        assertThat(registry.studiosLedBy(lead)).extracting(ExpertStudio::getId).containsExactly(studio.getId());

        var taishan = user(users.loadUserByUsername("taishan"));
        assertThat(mvc.perform(get("/expert-studios").param("name", form.getName()).with(taishan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(form.getName()).contains(lead.getName());
        assertThat(mvc.perform(get("/experts/{id}", lead.getId()).with(taishan)).andReturn().getResponse().getContentAsString())
                .contains(form.getName());
        mvc.perform(get("/expert-studios/{id}", studio.getId()).with(user(users.loadUserByUsername("weinan"))))
                .andExpect(status().isNotFound());

        // The API: the same studio, its lead; another region's 404; a reporter 403; a bad body named in Chinese.
        mvc.perform(get("/api/v1/expert-studios").param("name", form.getName()).with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].id").value(studio.getId()))
                .andExpect(jsonPath("$.content[0].leadExpert").value(lead.getName()))
                .andExpect(jsonPath("$.content[0].fieldLabel").value(ExpertField.ECOLOGY.label()));
        mvc.perform(get("/api/v1/expert-studios/{id}", studio.getId()).with(httpBasic("weinan", Demo.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/expert-studios").with(httpBasic("daiyue", Demo.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/expert-studios").with(httpBasic("taishan", Demo.PASSWORD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":" + unit(Demo.TAISHAN) + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("请填写工作室名称"));
        mvc.perform(put("/api/v1/expert-studios/{id}", studio.getId()).with(httpBasic("weinan", Demo.PASSWORD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":" + unit(Demo.TAISHAN) + ",\"name\":\"改名\"}"))
                .andExpect(status().isNotFound());
        Users.as(users, "taishan");
        assertThat(registry.studio(studio.getId()).getName()).as("别的地区改不了").isEqualTo(form.getName());
    }

    static Map<String, List<String>> cells(byte[] workbook) throws Exception {
        Map<String, List<String>> rows = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet s = book.getSheetAt(0);
            for (Row row : s) {
                if (row.getRowNum() >= 2) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < 10; c++) {
                        cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
                    }
                    rows.put(cells.get(0), cells);
                }
            }
        }
        return rows;
    }

    static byte[] renamed(byte[] workbook, String from, String to) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() >= 2) {
                    // SXSSF wrote inline strings; a fresh cell, so the new value is the only one.
                    String name = row.getCell(0).getStringCellValue().replace(from, to);
                    row.removeCell(row.getCell(0));
                    row.createCell(0).setCellValue(name);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
