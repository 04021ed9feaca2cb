package cn.kepu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.attachment.Upload;
import cn.kepu.notice.Notifications;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Users;
import cn.kepu.support.XlsxTable;

@KepuTest
class ProjectTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CallOpening opening;
    @Autowired
    ProjectApplication application;
    @Autowired
    ProjectReview review;
    @Autowired
    ProjectReporting reporting;
    @Autowired
    ProjectCatalog catalog;
    @Autowired
    ProjectSheet sheet;
    @Autowired
    FundsSummary funds;
    @Autowired
    ProjectReminders reminders;
    @Autowired
    ProjectCalls calls;
    @Autowired
    Projects projects;
    @Autowired
    Notifications notifications;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    Organization unit(String name) {
        return organizations.named(name).orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** 泰安市科协's call of this year, budget 100万元, open for 30 days. */
    ProjectCall call(ProjectKind kind, String budget) {
        Users.as(users, "taian");
        CallForm f = new CallForm();
        f.setTitle(Demo.unique("测试项目申报"));
        f.setKind(kind);
        f.setYear(today().getYear());
        f.setDeadline(today().plusDays(30));
        f.setBudget(budget);
        f.setMidtermDue(today().plusDays(90));
        f.setAcceptanceDue(today().plusDays(200));
        ProjectCall call = opening.open(f);
        Users.nobody();
        return call;
    }

    static ProjectForm form(Organization applicant, String name, String budget, String... lines) {
        ProjectForm f = new ProjectForm();
        f.setApplicantId(applicant.getId());
        f.setName(name);
        f.setContent("在辖区社区开展科普讲座和演练。");
        f.setExpectedOutputs("讲座20场");
        f.setBudget(budget);
        for (int i = 0; i < lines.length; i += 2) {
            f.line(lines[i], lines[i + 1]);
        }
        return f;
    }

    Project apply(String login, ProjectCall call, String applicant, String name, String budget, String... lines) {
        Users.as(users, login);
        Project p = application.apply(call.getId(), form(unit(applicant), name, budget, lines));
        Users.nobody();
        return p;
    }

    String problem(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            return String.join("；", e.problems().stream().map(RuntimeException::getMessage).toList());
        }
        throw new AssertionError("应当拒绝");
    }

    long count(ProjectCall call) {
        return projects.countByCall_Id(call.getId());
    }

    @Test
    @DisplayName("项目全过程：市科协发布通知，泰山区申报（经费明细合计等于申报经费），评分、立项核定经费，中期报告，上传验收材料后验收合格；经过全部记入项目历史，申报单位收到通知")
    void lifecycle() {
        ProjectCall call = call(ProjectKind.GRASSROOTS, "100");
        Project p = apply("taishan", call, Demo.TAISHAN, "社区应急科普进万家", "12.5", "宣传资料", "4.5", "专家讲课费", "6", "演练器材", "2");
        assertThat(p.getState()).isEqualTo(ProjectState.SUBMITTED);
        assertThat(p.getBudget()).isEqualByComparingTo("12.5");
        assertThat(p.budgetLinesText()).isEqualTo("宣传资料:4.5；专家讲课费:6；演练器材:2");
        assertThat(p.getRegionCode()).isEqualTo("370902");

        Users.as(users, "taian");
        review.score(p.getId(), new BigDecimal("86"));
        review.score(p.getId(), new BigDecimal("90.5"));
        assertThat(catalog.project(p.getId()).meanScore()).contains(new BigDecimal("90.5"));
        review.decide(p.getId(), true, "10", "核减演练器材经费");
        assertThat(catalog.project(p.getId()).getApprovedFunds()).isEqualByComparingTo("10");

        Users.as(users, "taishan");
        assertThat(notifications.mine(20)).anyMatch(n -> n.getTitle().equals("项目已立项：社区应急科普进万家"));
        reporting.reportMidterm(p.getId(), "已完成讲座12场。");
        Users.as(users, "taian");
        assertThat(problem(() -> review.accept(p.getId(), true, null))).isEqualTo("验收须有验收材料：请申报单位先上传项目总结、照片等佐证材料");
        Users.as(users, "taishan");
        reporting.attachEvidence(p.getId(), List.of(new Upload("项目总结.pdf", PDF)));
        Users.as(users, "taian");
        assertThat(problem(() -> review.accept(p.getId(), false, " "))).isEqualTo("验收不合格时请填写验收意见");
        review.accept(p.getId(), true, "资料齐全，验收合格");

        Project done = catalog.project(p.getId());
        assertThat(done.getState()).isEqualTo(ProjectState.ACCEPTED);
        assertThat(done.getHistory()).extracting(ProjectEvent::action)
                .containsExactly("申报", "评分", "评分", "立项", "中期报告", "上传验收材料", "验收");
        assertThat(done.getHistory().get(3).note()).isEqualTo("立项经费10万元；核减演练器材经费");
        assertThat(done.getHistory().get(6).note()).isEqualTo("合格；资料齐全，验收合格");
    }

    @Test
    @DisplayName("五个及以上评分去掉一个最高分和一个最低分再取平均")
    void trimmedMean() {
        ProjectCall call = call(ProjectKind.RURAL, "50");
        Project p = new Project(call, unit(Demo.TAISHAN), "评分", "内容", null, BigDecimal.ONE, List.of(), clock.instant(), "t");
        for (String[] s : new String[][] {{"a", "60"}, {"b", "80"}, {"c", "82"}, {"d", "84"}, {"e", "100"}}) {
            p.score(s[0], new BigDecimal(s[1]), clock.instant());
        }
        assertThat(p.meanScore()).contains(new BigDecimal("82.0"));
        p.score("e", new BigDecimal("70"), clock.instant());
        assertThat(p.getScores()).hasSize(5);
        assertThat(p.meanScore()).contains(new BigDecimal("77.3"));
    }

    @Test
    @DisplayName("申报的拒绝：经费明细合计与申报经费不一致、截止后申报、以管辖范围外的单位申报、超过通知预算——都说明原因，什么都不保存")
    void applicationRefusals() {
        ProjectCall call = call(ProjectKind.COMMUNITY, "20");
        Users.as(users, "taishan");
        assertThat(problem(() -> application.apply(call.getId(), form(unit(Demo.TAISHAN), "合计不符", "10", "资料", "4", "讲课", "5.5"))))
                .isEqualTo("经费明细合计9.5万元，与申报经费10万元不一致，请核对");
        assertThat(problem(() -> application.apply(call.getId(), form(unit(Demo.TAISHAN), "金额有误", "十万", "资料", "abc"))))
                .contains("申报经费“十万”不是金额").contains("经费明细第1行（资料）的金额“abc”不是金额");
        assertThat(problem(() -> application.apply(call.getId(), form(unit(Demo.DAIYUE), "冒名申报", "5", "资料", "5"))))
                .isEqualTo("申报单位不在您的管辖范围内：只能以本单位或下级单位的名义申报");
        assertThat(problem(() -> application.apply(call.getId(), form(unit(Demo.TAISHAN), "超预算", "25", "资料", "25"))))
                .isEqualTo("申报经费25万元超过申报通知的预算20万元");
        assertThat(problem(() -> application.apply(call.getId(), new ProjectForm())))
                .contains("请选择申报单位").contains("请填写项目名称").contains("请填写项目内容").contains("请填写申报经费（万元）");
        Users.as(users, "taian");
        assertThat(problem(() -> application.apply(call.getId(), form(unit(Demo.TAIAN), "发布单位自己申报", "5", "资料", "5"))))
                .isEqualTo("“泰安市科学技术协会”不是泰安市科学技术协会的下级单位，不能申报“" + call.getTitle() + "”");
        assertThat(count(call)).isZero();

        call.backdate(today().minusDays(1), today().plusDays(30), today().plusDays(60));
        calls.saveAndFlush(call);
        Users.as(users, "taishan");
        assertThat(problem(() -> application.apply(call.getId(), form(unit(Demo.TAISHAN), "逾期申报", "5", "资料", "5"))))
                .isEqualTo("“" + call.getTitle() + "”已于" + today().minusDays(1) + "截止申报，不能再申报");
        assertThat(count(call)).isZero();
    }

    @Test
    @DisplayName("立项与验收的拒绝：立项经费超过申报经费或通知预算、不予立项不写理由、未立项提交中期报告、未交中期报告就验收、申报单位不能立项")
    void reviewRefusals() {
        ProjectCall call = call(ProjectKind.GRASSROOTS, "15");
        Project a = apply("taishan", call, Demo.TAISHAN, "项目甲", "10", "资料", "10");
        Project b = apply("daiyue", call, Demo.DAIYUE, "项目乙", "8", "资料", "8");
        Users.as(users, "daiyue");
        assertThat(problem(() -> reporting.reportMidterm(b.getId(), "进展"))).isEqualTo("项目尚未立项，不能提交中期报告");
        assertThat(problem(() -> review.decide(b.getId(), true, "8", null)))
                .isEqualTo("只有发布申报通知的泰安市科学技术协会可以评审、立项和验收");
        Users.as(users, "taian");
        assertThat(problem(() -> review.decide(a.getId(), true, "12", null))).isEqualTo("立项经费12万元不能超过申报经费10万元");
        assertThat(problem(() -> review.decide(a.getId(), false, null, ""))).isEqualTo("不予立项时请填写理由");
        review.decide(a.getId(), true, "10", null);
        assertThat(problem(() -> review.decide(b.getId(), true, "8", null))).isEqualTo("本通知已立项10万元，再立项8万元将超过预算15万元");
        assertThat(problem(() -> review.accept(a.getId(), true, null))).isEqualTo("项目尚未提交中期报告，不能验收");
        review.decide(b.getId(), true, "5", null);
        assertThat(catalog.project(b.getId()).getState()).isEqualTo(ProjectState.APPROVED);
    }

    @Test
    @DisplayName("页面：经费明细合计不符时表单保留所填内容并在明细下说明；截止后申报同样说明，不出现500")
    void formKeepsWhatWasTyped() throws Exception {
        ProjectCall call = call(ProjectKind.GRASSROOTS, "100");
        var page = user(users.loadUserByUsername("taishan"));
        String body = mvc.perform(post("/project-calls/{id}/projects", call.getId()).with(page).with(csrf())
                        .param("applicantId", unit(Demo.TAISHAN).getId().toString()).param("name", "青少年科技创新营")
                        .param("content", "组织青少年科技创新营").param("budget", "6")
                        .param("lineItems", "器材", "场地", "").param("lineAmounts", "3", "2", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("经费明细合计5万元，与申报经费6万元不一致，请核对").contains("value=\"青少年科技创新营\"")
                .contains("组织青少年科技创新营").contains("value=\"器材\"").contains("value=\"3\"");
        assertThat(count(call)).isZero();
    }

    @Test
    @DisplayName("数据权限：岱岳区看不到、改不了泰山区的项目（服务、页面和接口都答“不存在”），列表只有本区的；市科协看得到两区的")
    void dataScope() throws Exception {
        ProjectCall call = call(ProjectKind.GRASSROOTS, "100");
        Project taishan = apply("taishan", call, Demo.TAISHAN, "泰山区项目", "5", "资料", "5");
        Project daiyue = apply("daiyue", call, Demo.DAIYUE, "岱岳区项目", "5", "资料", "5");
        Users.as(users, "taian");
        review.decide(taishan.getId(), true, "5", null);

        Users.as(users, "daiyue");
        assertThatThrownBy(() -> catalog.project(taishan.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reporting.reportMidterm(taishan.getId(), "篡改")).isInstanceOf(NotFoundException.class);
        assertThat(catalog.projects(new ProjectCatalog.Filter(call.getId(), null, null, null, null), 0, 50).getContent())
                .extracting(Project::getId).containsExactly(daiyue.getId());
        Users.as(users, "taian");
        assertThat(catalog.projects(new ProjectCatalog.Filter(call.getId(), null, null, null, null), 0, 50).getContent())
                .extracting(Project::getId).containsExactly(daiyue.getId(), taishan.getId());
        Users.nobody();

        var page = user(users.loadUserByUsername("daiyue"));
        String body = mvc.perform(get("/projects/{id}", taishan.getId()).with(page)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("泰山区项目");
        mvc.perform(post("/projects/{id}/midterm", taishan.getId()).with(page).with(csrf()).param("midtermReport", "篡改"))
                .andExpect(status().isNotFound());
        var api = httpBasic("daiyue", Demo.PASSWORD);
        mvc.perform(get("/api/v1/projects/{id}", taishan.getId()).with(api)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("科普项目不存在，或不在您的数据权限范围内"));
        mvc.perform(post("/api/v1/projects/{id}/midterm", taishan.getId()).with(api).contentType(MediaType.APPLICATION_JSON)
                .content("{\"report\":\"篡改\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects").param("callId", call.getId().toString()).with(api)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].name").value("岱岳区项目"));
        assertThat(projects.findById(taishan.getId()).orElseThrow().getMidtermReport()).isNull();
    }

    @Test
    @DisplayName("接口：发布通知、申报（明细不符时400并说明）、评分、立项、中期报告，金额为万元的十进制字符串")
    void api() throws Exception {
        var taian = httpBasic("taian", Demo.PASSWORD);
        String title = Demo.unique("接口项目申报");
        String created = mvc.perform(post("/api/v1/project-calls").with(taian).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\",\"kind\":\"RURAL\",\"year\":" + today().getYear() + ",\"deadline\":\""
                                + today().plusDays(10) + "\",\"budget\":\"50.25\",\"midtermDue\":\"" + today().plusDays(60)
                                + "\",\"acceptanceDue\":\"" + today().plusDays(120) + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.budget").value("50.25"))
                .andReturn().getResponse().getContentAsString();
        long callId = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        var daiyue = httpBasic("daiyue", Demo.PASSWORD);
        String body = "{\"callId\":" + callId + ",\"applicantId\":" + unit(Demo.DAIYUE).getId()
                + ",\"name\":\"田间课堂\",\"content\":\"农技培训\",\"budget\":\"0.3\",\"budgetLines\":[{\"item\":\"资料\",\"amount\":\"0.1\"},"
                + "{\"item\":\"劳务\",\"amount\":\"%s\"}]}";
        mvc.perform(post("/api/v1/projects").with(daiyue).contentType(MediaType.APPLICATION_JSON).content(body.formatted("0.1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("经费明细合计0.2万元，与申报经费0.3万元不一致，请核对"));
        String project = mvc.perform(post("/api/v1/projects").with(daiyue).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("0.2"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.budgetLines[1].amount").value("0.2")).andExpect(jsonPath("$.stateLabel").value("已申报"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(project.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/projects/{id}/score", id).with(taian).contentType(MediaType.APPLICATION_JSON)
                .content("{\"points\":\"91\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.meanScore").value(91.0));
        mvc.perform(post("/api/v1/projects/{id}/decision", id).with(taian).contentType(MediaType.APPLICATION_JSON)
                .content("{\"approve\":true,\"approvedFunds\":\"0.25\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.approvedFunds").value("0.25")).andExpect(jsonPath("$.stateLabel").value("已立项"));
        mvc.perform(post("/api/v1/projects/{id}/midterm", id).with(daiyue).contentType(MediaType.APPLICATION_JSON)
                .content("{\"report\":\"已开展培训8场\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.stateLabel").value("中期已报告"));
        mvc.perform(get("/api/v1/project-calls/{id}", callId).with(daiyue)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(title));
        mvc.perform(get("/api/v1/project-calls/{id}", callId).with(httpBasic("weinan", Demo.PASSWORD))).andExpect(status().isNotFound());
    }

    byte[] workbook(String[]... rows) {
        XlsxTable t = XlsxTable.of("项目申报", "项目申报表", List.of("项目名称*", "申报单位*", "项目内容*", "预期成果", "申报经费（万元）*", "经费明细*"));
        for (String[] r : rows) {
            t.row((Object[]) r);
        }
        return t.toBytes();
    }

    @Test
    @DisplayName("导入：任何一行有错（明细合计不符、范围外单位、金额不是数字、同名重复）都指出行和列，一个也不保存；改正后全部导入")
    void importAllOrNothing() {
        ProjectCall call = call(ProjectKind.COMMUNITY, "100");
        Users.as(users, "taian");
        byte[] bad = workbook(
                new String[] {"社区科普大讲堂", Demo.TAISHAN, "每月一讲", "12讲", "6", "讲课费:4；资料:2"},
                new String[] {"社区科普e站", Demo.DAIYUE, "建设科普e站", "", "5", "设备:4；资料:0.5"},
                new String[] {"渭南的项目", Demo.WEINAN, "内容", "", "3", "资料:3"},
                new String[] {"金额有误", Demo.TAISHAN, "内容", "", "三万", "资料:3"},
                new String[] {"社区科普大讲堂", Demo.TAISHAN, "每月一讲", "", "6", "讲课费:6"});
        ImportRejected rejected = (ImportRejected) org.assertj.core.api.Assertions.catchThrowable(() -> sheet.importProjects(call.getId(), bad));
        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).extracting(pr -> pr.row() + "|" + pr.column() + "|" + pr.message()).containsExactly(
                "4|经费明细|经费明细合计4.5万元，与申报经费5万元不一致，请核对",
                "5|申报单位|“渭南市科学技术协会”不是您管辖范围内、泰安市科学技术协会下级的单位，不能申报",
                "6|申报经费|申报经费“三万”不是金额，请填写以万元为单位的数字，如 12.5",
                "7|项目名称|与第3行重复（同一单位的同名项目）");
        assertThat(count(call)).isZero();

        byte[] good = workbook(
                new String[] {"社区科普大讲堂", Demo.TAISHAN, "每月一讲", "12讲", "6", "讲课费:4；资料:2"},
                new String[] {"社区科普e站", Demo.DAIYUE, "建设科普e站", "", "4.5", "设备:4；资料:0.5"});
        List<Project> created = sheet.importProjects(call.getId(), good);
        assertThat(created).extracting(Project::getName).containsExactly("社区科普大讲堂", "社区科普e站");
        assertThat(count(call)).isEqualTo(2);
    }

    @Test
    @DisplayName("导出再导入：导出的前几列就是申报表，导入另一个通知后项目名称、单位、内容、经费和明细一字不差")
    void exportImportRoundTrip() throws Exception {
        ProjectCall first = call(ProjectKind.GRASSROOTS, "100");
        apply("taishan", first, Demo.TAISHAN, "科普大篷车进乡村", "12.3456", "车辆运行", "10.3456", "展品维护", "2");
        apply("daiyue", first, Demo.DAIYUE, "农村中学科技馆", "7", "展品", "7");
        Users.as(users, "taian");
        byte[] exported = sheet.export(new ProjectCatalog.Filter(first.getId(), null, null, null, null));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet s = wb.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int r = XlsxTable.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                names.add(row.getCell(0).getStringCellValue() + "|" + row.getCell(4).getStringCellValue() + "|" + row.getCell(5).getStringCellValue());
            }
            assertThat(names).containsExactly("农村中学科技馆|7|展品:7", "科普大篷车进乡村|12.3456|车辆运行:10.3456；展品维护:2");
        }
        ProjectCall second = call(ProjectKind.GRASSROOTS, "100");
        Users.as(users, "taian");
        List<Project> imported = sheet.importProjects(second.getId(), exported);
        assertThat(imported).extracting(p -> p.getApplicant().getName() + "|" + p.getName() + "|" + p.budgetText() + "|" + p.budgetLinesText()
                + "|" + p.getContent()).containsExactlyInAnyOrder(
                Demo.TAISHAN + "|科普大篷车进乡村|12.3456万元|车辆运行:10.3456；展品维护:2|在辖区社区开展科普讲座和演练。",
                Demo.DAIYUE + "|农村中学科技馆|7万元|展品:7|在辖区社区开展科普讲座和演练。");
    }

    @Test
    @DisplayName("经费汇总：立项经费按申报单位所在区划和年度相加（精确到元），未立项的不计；区县只看到本区的")
    void fundsSummary() {
        ProjectCall call = call(ProjectKind.GRASSROOTS, "1000");
        Project a = apply("taishan", call, Demo.TAISHAN, "汇总甲", "10", "资料", "10");
        Project b = apply("taishan", call, Demo.TAISHAN, "汇总乙", "10", "资料", "10");
        Project c = apply("daiyue", call, Demo.DAIYUE, "汇总丙", "10", "资料", "10");
        apply("daiyue", call, Demo.DAIYUE, "汇总丁（未立项）", "10", "资料", "10");
        Users.as(users, "taian");
        int year = today().getYear();
        BigDecimal taishanBefore = fundsOf("泰山区", year);
        BigDecimal daiyueBefore = fundsOf("岱岳区", year);
        review.decide(a.getId(), true, "3.0001", null);
        review.decide(b.getId(), true, "0.0002", null);
        review.decide(c.getId(), true, "7", null);
        assertThat(fundsOf("泰山区", year).subtract(taishanBefore)).isEqualByComparingTo("3.0003");
        assertThat(fundsOf("岱岳区", year).subtract(daiyueBefore)).isEqualByComparingTo("7");
        FundsSummary.Summary s = funds.summary(year);
        assertThat(s.totalsByYear().get(year)).isEqualByComparingTo(s.rows().stream().map(FundsSummary.Row::funds)
                .reduce(BigDecimal.ZERO, BigDecimal::add));

        Users.as(users, "daiyue");
        assertThat(funds.summary(year).rows()).extracting(FundsSummary.Row::regionName).containsOnly("岱岳区");
    }

    BigDecimal fundsOf(String region, int year) {
        return funds.summary(year).rows().stream().filter(r -> r.regionName().equals(region)).map(FundsSummary.Row::funds)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("提醒：中期报告到期前7天内提醒申报单位一次，同一项目同一到期日不重复提醒")
    void remindsBeforeTheReportIsDue() {
        ProjectCall call = call(ProjectKind.GRASSROOTS, "100");
        Project p = apply("daiyue", call, Demo.DAIYUE, Demo.unique("提醒项目"), "5", "资料", "5");
        Users.as(users, "taian");
        review.decide(p.getId(), true, "5", null);
        Users.nobody();
        call.backdate(today().minusDays(10), today().plusDays(3), today().plusDays(60));
        calls.saveAndFlush(call);
        reminders.run();
        reminders.run();
        Users.as(users, "daiyue");
        assertThat(notifications.mine(50)).filteredOn(n -> n.getTitle().equals("科普项目中期报告提醒：" + p.getName()))
                .hasSize(1).allMatch(n -> n.getBody().contains("须于" + today().plusDays(3) + "前提交（还有3天）"));
    }

    @Test
    @DisplayName("演示数据：泰安市科协的申报通知，泰山区的项目验收合格、岱岳区的项目已交中期报告")
    void demo() {
        Users.as(users, "taian");
        ProjectCall call = catalog.calls().stream().filter(c -> c.getTitle().equals(today().getYear() + DemoProjects.CALL))
                .findFirst().orElseThrow();
        assertThat(catalog.projects(new ProjectCatalog.Filter(call.getId(), null, null, null, null), 0, 50).getContent())
                .extracting(p -> p.getApplicant().getName() + "|" + p.getState().label())
                .containsExactlyInAnyOrder(Demo.DAIYUE + "|中期已报告", Demo.TAISHAN + "|验收合格");
    }
}
