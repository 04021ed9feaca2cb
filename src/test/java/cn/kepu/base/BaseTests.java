package cn.kepu.base;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.parallel.ResourceLock;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.org.CreditCode;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.UnitType;
import cn.kepu.plan.PlanForm;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.TaskForm;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Users;
import cn.kepu.support.XlsxTable;

@ResourceLock("bases") // BaseTests counts all bases and sites before and after a refused import
@KepuTest
class BaseTests {

    static final String GEOPARK = "泰山地质公园科普教育基地";

    @Autowired
    BaseApplying applying;
    @Autowired
    BaseScreening screening;
    @Autowired
    BaseRecognition recognition;
    @Autowired
    AnnualReporting reporting;
    @Autowired
    BaseRechecking rechecking;
    @Autowired
    BaseCatalog catalog;
    @Autowired
    BaseSheet sheet;
    @Autowired
    BaseReminders reminders;
    @Autowired
    EducationBases bases;
    @Autowired
    SiteCreating creating;
    @Autowired
    SiteEvaluation evaluation;
    @Autowired
    SiteCatalog sites;
    @Autowired
    SiteSheet siteSheet;
    @Autowired
    DemonstrationSites siteRepository;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    PlanManagement plans;
    @Autowired
    BaseWork work;

    /** The units a plan of {@code issuer} assigns when its task names "各级科普教育基地", published as the issuer would. */
    List<String> selectedBases(String issuer, String user) {
        Users.as(users, user);
        PlanForm form = new PlanForm();
        form.setIssuerId(id(issuer));
        form.setTitle(Demo.unique("基地工作计划"));
        form.setPeriodFrom(today().getYear());
        WorkPlan plan = plans.create(form);
        TaskForm task = new TaskForm();
        task.setTitle("开展基地开放日活动");
        task.setResponsible("各级科普教育基地");
        task.setDeadline(today().getYear() + "年12月");
        plans.saveTask(plan.getId(), null, task);
        plans.publish(plan.getId());
        return jdbc.queryForList("select o.name from assignment a join task t on t.id = a.task_id join organization o on o.id = a.organization_id"
                + " where t.plan_id = ?", String.class, plan.getId());
    }

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String code(String stem) {
        return CreditCode.complete((stem + "00000000000000000").substring(0, 17)).value();
    }

    BaseForm form(String name, String parent) {
        BaseForm f = new BaseForm();
        f.setName(name);
        f.setLevel(BaseLevel.CITY);
        f.setKind(BaseKind.VENUE);
        f.setParentId(id(parent));
        f.setOperatorName(name + "管理中心");
        f.setOperatorCreditCode(code("12370900MB3"));
        f.setRegionCode("370902");
        f.setOpenHours("周二至周日 9:00-17:00");
        f.setThemes("天文、航天");
        f.setCapacity(500);
        f.setContactPerson("林峰");
        f.setContactPhone("0538-6221234");
        return f;
    }

    /** A base of 泰安市科协 applied for, screened and recognized as taian, valid from {@code from} for five years. */
    EducationBase recognizedBase(String name, LocalDate from) {
        Users.as(users, "taian");
        EducationBase b = applying.apply(form(name, Demo.TAIAN), List.of());
        screening.pass(b.getId(), null);
        return recognition.recognize(b.getId(), new RecognitionForm(Demo.unique("泰科协基地"), from, from, from.plusYears(5).minusDays(1)));
    }

    List<String> historyOf(EducationBase b) {
        return catalog.history(b).stream().map(HistoryEntry::getAction).toList();
    }

    @Test
    @DisplayName("基地全流程：市科协申报→初审通过→认定（编号、有效期），基地成为组织机构中的科普教育基地单位，“各级科普教育基地”随之包括它；每一步记入历程和审计")
    void applyScreenRecognize() {
        String name = Demo.unique("泰安天文科普教育基地");
        Users.as(users, "taian");
        EducationBase b = applying.apply(form(name, Demo.TAIAN), List.of(new cn.kepu.attachment.Upload("申报书.pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes())));
        assertThat(b.getState()).isEqualTo(BaseState.APPLIED);
        assertThat(catalog.files(b)).extracting(a -> a.name()).containsExactly("申报书.pdf");
        assertThat(catalog.page(new BaseCatalog.Filter(BaseState.APPLIED, null, null, name, false), 0, 20).getContent())
                .extracting(EducationBase::getId).containsExactly(b.getId());

        assertThatThrownBy(() -> recognition.recognize(b.getId(), recognition.newForm())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("只有初审通过的基地可以认定");
        screening.pass(b.getId(), "材料齐全");
        RecognitionForm r = recognition.newForm();
        r.setNumber(Demo.unique("泰科协基地"));
        EducationBase recognized = recognition.recognize(b.getId(), r);
        assertThat(recognized.getState()).isEqualTo(BaseState.RECOGNIZED);
        assertThat(recognized.getValidUntil()).isEqualTo(today().plusYears(5).minusDays(1));
        assertThat(recognized.getValidityYears()).isEqualTo(5);

        Organization unit = organizations.find(recognized.getOrganizationId()).orElseThrow();
        assertThat(unit.getName()).isEqualTo(name);
        assertThat(unit.getUnitType()).isEqualTo(UnitType.EDUCATION_BASE);
        assertThat(unit.getParentId()).isEqualTo(id(Demo.TAIAN));
        assertThat(unit.getCreditCode()).isEqualTo(recognized.getOperatorCreditCode());
        assertThat(selectedBases(Demo.TAIAN, "taian"))
                .contains(name, GEOPARK, "泰安市气象科普教育基地", "泰山区科普教育基地（泰山区青少年科技活动中心）");
        assertThat(selectedBases(Demo.TAISHAN, "taishan")).doesNotContain(name, GEOPARK)
                .contains("泰山区科普教育基地（泰山区青少年科技活动中心）");
        Users.as(users, "taian");

        assertThat(historyOf(recognized)).containsExactly("申报", "初审通过", "认定");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = '科普教育基地' and object_id = ?",
                Long.class, String.valueOf(b.getId()))).isEqualTo(3);
        assertThat(jdbc.queryForList("select title from notification where organization_id = ? and link = ? order by id", String.class,
                id(Demo.TAIAN), "/bases/" + b.getId())).containsExactly("科普教育基地申报待初审：" + name, "科普教育基地已认定：" + name);
    }

    @Test
    @DisplayName("初审退回须填原因；退回的申报修改后重新待初审，历程记下退回原因")
    void returnAndResubmit() {
        Users.as(users, "taian");
        EducationBase b = applying.apply(form(Demo.unique("退回测试基地"), Demo.TAIAN), List.of());
        assertThatThrownBy(() -> screening.giveBack(b.getId(), " ")).isInstanceOf(RuleViolation.class).hasMessage("请填写退回原因");
        screening.giveBack(b.getId(), "缺少场馆照片");
        assertThat(bases.findById(b.getId()).orElseThrow().getState()).isEqualTo(BaseState.RETURNED);
        BaseForm f = BaseForm.of(bases.findById(b.getId()).orElseThrow());
        f.setThemes("天文、航天、物理");
        EducationBase changed = applying.change(b.getId(), f, List.of());
        assertThat(changed.getState()).isEqualTo(BaseState.APPLIED);
        assertThat(changed.getThemes()).isEqualTo("天文、航天、物理");
        assertThat(catalog.history(changed)).extracting(h -> h.getAction() + (h.getDetail() == null ? "" : "：" + h.getDetail()))
                .hasSize(3).endsWith("初审退回：缺少场馆照片", "修改后重新申报").first().asString().startsWith("申报：主管单位：" + Demo.TAIAN);
    }

    @Test
    @DisplayName("错误的统一社会信用代码、不在本单位范围内的主管单位、截止早于起始的有效期，各有一条中文提示，什么也不保存")
    void refusals() {
        long before = bases.count();
        Users.as(users, "taishan");
        BaseForm f = form(Demo.unique("错误基地"), Demo.DAIYUE);
        f.setOperatorCreditCode("91370900MA3C5LXX1X");
        assertThatThrownBy(() -> applying.apply(f, List.of())).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.problems()).extracting(RuleViolation::field).containsExactlyInAnyOrder("parentId", "operatorCreditCode");
            assertThat(e.problems()).extracting(RuleViolation::getMessage).contains(
                    "只能在您权限范围内的科协下申报科普教育基地，所选单位不在您的权限范围内");
            assertThat(e.problems()).filteredOn(p -> p.field().equals("operatorCreditCode")).singleElement()
                    .satisfies(p -> assertThat(p.getMessage()).startsWith("统一社会信用代码"));
        });
        f.setOperatorCreditCode(code("12370900MB4").substring(0, 17) + (code("12370900MB4").endsWith("0") ? "1" : "0"));
        f.setParentId(id(Demo.TAISHAN));
        assertThatThrownBy(() -> applying.apply(f, List.of())).isInstanceOf(RuleViolation.class)
                .hasMessage("统一社会信用代码校验位不正确，请核对");
        assertThat(bases.count()).isEqualTo(before);

        Users.as(users, "taian");
        EducationBase b = applying.apply(form(Demo.unique("有效期测试基地"), Demo.TAIAN), List.of());
        screening.pass(b.getId(), null);
        RecognitionForm r = new RecognitionForm("泰科协基地〔2026〕99号", today(), today(), today().minusDays(1));
        assertThatThrownBy(() -> recognition.recognize(b.getId(), r)).isInstanceOf(RuleViolation.class)
                .hasMessage("有效期截止日期（" + today().minusDays(1) + "）早于起始日期（" + today() + "），请核对");
        assertThat(bases.findById(b.getId()).orElseThrow().getState()).isEqualTo(BaseState.SCREENED);
        assertThat(organizations.named(b.getName())).isEmpty();
    }

    @Test
    @DisplayName("复核：未到期的基地不能复核；到期的可定为合格（有效期顺延）、限期整改或摘牌，摘牌后其单位停用，“各级科普教育基地”不再包括它")
    void recheck() {
        EducationBase fresh = recognizedBase(Demo.unique("未到期基地"), today());
        assertThatThrownBy(() -> rechecking.recheck(fresh.getId(), new RecheckForm(RecheckOutcome.PASSED, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("“" + fresh.getName() + "”的认定有效期至" + fresh.getValidUntil()
                        + "，尚未到复核时间（自" + fresh.getValidUntil().minusDays(90) + "起可以复核）");

        LocalDate old = today().minusYears(5).plusDays(30);
        EducationBase passing = recognizedBase(Demo.unique("合格基地"), old);
        assertThat(catalog.page(new BaseCatalog.Filter(null, null, null, passing.getName(), true), 0, 20).getContent()).hasSize(1);
        EducationBase passed = rechecking.recheck(passing.getId(), new RecheckForm(RecheckOutcome.PASSED, "运行良好", null));
        assertThat(passed.getState()).isEqualTo(BaseState.RECOGNIZED);
        assertThat(passed.getValidFrom()).isEqualTo(old.plusYears(5));
        assertThat(passed.getValidUntil()).isEqualTo(old.plusYears(10).minusDays(1));
        assertThat(passed.recheckDueOn(today())).isFalse();

        EducationBase failing = recognizedBase(Demo.unique("摘牌基地"), old);
        assertThatThrownBy(() -> rechecking.recheck(failing.getId(), new RecheckForm(RecheckOutcome.RECTIFY, null, today())))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems()).extracting(RuleViolation::getMessage)
                        .containsExactly("“限期整改”须填写复核意见", "整改期限应晚于今天（" + today() + "）"));
        rechecking.recheck(failing.getId(), new RecheckForm(RecheckOutcome.RECTIFY, "展陈老化", today().plusMonths(3)));
        assertThat(bases.findById(failing.getId()).orElseThrow().getState()).isEqualTo(BaseState.RECTIFYING);
        EducationBase revoked = rechecking.recheck(failing.getId(), new RecheckForm(RecheckOutcome.REVOKED, "整改不到位", null));
        assertThat(revoked.getState()).isEqualTo(BaseState.REVOKED);
        Organization unit = organizations.find(revoked.getOrganizationId()).orElseThrow();
        assertThat(unit.isEnabled()).isFalse();
        assertThat(selectedBases(Demo.TAIAN, "taian")).doesNotContain(failing.getName()).contains(passing.getName());
        assertThat(historyOf(revoked)).containsExactly("申报", "初审通过", "认定", "复核：限期整改", "复核：摘牌");
    }

    @Test
    @DisplayName("年度报告的开展活动数取自基地组织的、审核通过的活动；填写的数字另存，系统计数照记")
    void annualReportCountsActivities() {
        Users.as(users, "taian");
        EducationBase geopark = bases.findByOrganizationId(id(GEOPARK)).orElseThrow();
        for (int year : List.of(2022, today().getYear())) {
            long approved = jdbc.queryForObject("select count(*) from activity where organizer_id = ? and state in ('APPROVED', 'COMPLETED')"
                    + " and starts_at >= ? and starts_at < ?", Long.class, id(GEOPARK), LocalDate.of(year, 1, 1).atStartOfDay(),
                    LocalDate.of(year + 1, 1, 1).atStartOfDay());
            assertThat(reporting.counted(geopark, year)).as(year + "").isEqualTo(approved);
        }
        assertThat(reporting.counted(geopark, 2022)).isPositive();
        BaseReport demo = catalog.reports(geopark).stream().filter(r -> r.getReportYear() == 2022).findFirst().orElseThrow();
        assertThat(demo.getActivitiesCounted()).isEqualTo((int) reporting.counted(geopark, 2022));
        assertThat(demo.getActivities()).isGreaterThan(demo.getActivitiesCounted());
        ReportForm counted = new ReportForm(today().getYear(), 100, null, 3, 1, null);
        BaseReport thisYear = reporting.report(geopark.getId(), counted);
        assertThat(thisYear.getActivities()).isEqualTo(thisYear.getActivitiesCounted()).isEqualTo((int) reporting.counted(geopark, today().getYear()));

        ReportForm form = reporting.newForm(geopark.getId(), 2022);
        assertThat(form.getVisitors()).isEqualTo(demo.getVisitors());
        form.setActivities(demo.getActivitiesCounted() + 10);
        BaseReport changed = reporting.report(geopark.getId(), form);
        assertThat(changed.getActivities()).isEqualTo(demo.getActivitiesCounted() + 10);
        assertThat(changed.getActivitiesCounted()).isEqualTo(demo.getActivitiesCounted());
        assertThat(catalog.history(geopark)).last().satisfies(h -> assertThat(h.getAction()).isEqualTo("修改2022年度报告"));

        ReportForm early = new ReportForm(2015, 100, null, 1, 0, null);
        assertThatThrownBy(() -> reporting.report(geopark.getId(), early)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("年认定，不能报送此前年度的报告");
        assertThatThrownBy(() -> reporting.report(geopark.getId(), new ReportForm(today().getYear(), -1, null, null, 0, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems()).extracting(RuleViolation::getMessage)
                        .containsExactly("接待人次不能为负数", "请填写工作人员数"));
    }

    @Test
    @DisplayName("演示数据：泰安的基地与已有单位相连，泰山地质公园有年度报告且复核到期，徂徕山基地待初审")
    void demoData() {
        Users.as(users, "taian");
        EducationBase geopark = bases.findByOrganizationId(id(GEOPARK)).orElseThrow();
        assertThat(geopark.recheckDueOn(today())).isTrue();
        assertThat(catalog.reports(geopark)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(bases.findByOrganizationId(id("泰安市气象科普教育基地"))).isPresent();
        assertThat(bases.findByOrganizationId(id("泰安市科技馆"))).isPresent();
        assertThat(catalog.page(new BaseCatalog.Filter(BaseState.APPLIED, null, null, "徂徕山", false), 0, 20).getContent()).hasSize(1);
        assertThat(sites.page(new SiteCatalog.Filter(SiteKind.COMMUNITY, SiteState.CREATING, "东岳大街"), 0, 20).getContent()).hasSize(1);
    }

    @Test
    @DisplayName("数据权限：岱岳区填报员看不到市科协的基地（页面和接口都是404），泰山区只见本区的基地")
    void dataScope() throws Exception {
        Users.as(users, "taian");
        long geopark = bases.findByOrganizationId(id(GEOPARK)).orElseThrow().getId();
        Users.as(users, "daiyue");
        assertThatThrownBy(() -> catalog.base(geopark)).isInstanceOf(NotFoundException.class);
        Users.nobody();
        mvc.perform(get("/api/v1/bases/{id}", geopark).with(httpBasic("daiyue", Demo.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/bases/{id}", geopark).with(httpBasic("taian", Demo.PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.base.name").value(GEOPARK)).andExpect(jsonPath("$.reports").isNotEmpty())
                .andExpect(jsonPath("$.history[0].action").value("申报"));
        mvc.perform(get("/api/v1/bases").with(httpBasic("taishan", Demo.PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].parent.name").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(Demo.TAISHAN))));
    }

    @Test
    @DisplayName("接口申报：错误的信用代码答400并说明哪一项；正确的答201")
    void apiApply() throws Exception {
        String body = """
                {"name":"%s","level":"CITY","kind":"VENUE","parentId":%d,"operatorName":"测试运营单位","operatorCreditCode":"%s"}""";
        mvc.perform(post("/api/v1/bases").with(httpBasic("taian", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(Demo.unique("接口基地"), id(Demo.TAIAN), "123"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("operatorCreditCode"))
                .andExpect(jsonPath("$.errors[0].message").value("统一社会信用代码应为18位"));
        mvc.perform(post("/api/v1/bases").with(httpBasic("taian", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(Demo.unique("接口基地"), id(Demo.TAIAN), code("12370900MB5")))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.stateLabel").value("待初审"));
    }

    byte[] workbook(String[]... rows) {
        XlsxTable t = XlsxTable.of("科普教育基地", "测试", List.of("基地名称*", "级别*", "类别*", "主管科协*", "运营单位*", "统一社会信用代码*",
                "行政区划代码", "接待能力", "认定编号", "认定日期", "有效期起", "有效期至"));
        for (String[] r : rows) {
            t.row((Object[]) r);
        }
        return t.toBytes();
    }

    @Test
    @DisplayName("导入：任何一行有错则一个也不导入，按行列说明问题；全部正确时导入，已认定的带单位，导出再读回是同样的内容")
    void importAndExport() throws Exception {
        Users.as(users, "taian");
        String a = Demo.unique("导入基地甲");
        String b = Demo.unique("导入基地乙");
        long before = bases.count();
        byte[] wrong = workbook(
                new String[] {a, "市级", "场馆类", Demo.TAIAN, "甲运营单位", code("12370900MB6"), "370902", "800", "", "", "", ""},
                new String[] {b, "乡级", "场馆", Demo.WEINAN, "乙运营单位", "123", "", "很多", "泰科协基地〔2020〕7号", "2020-05-01",
                        "2020-06-01", "2020-05-31"});
        assertThatThrownBy(() -> sheet.importBases(wrong)).isInstanceOfSatisfying(ImportRejected.class, e ->
                assertThat(e.problems()).extracting(p -> p.row() + "|" + p.column() + "|" + p.message()).containsExactlyInAnyOrder(
                        "4|级别|“乡级”不是有效的级别，应为全国、省级、市级或县级",
                        "4|接待能力|“很多”不是整数",
                        "4|主管科协|找不到“" + Demo.WEINAN + "”：主管科协应为您权限范围内的科协",
                        "4|统一社会信用代码|统一社会信用代码应为18位",
                        "4|有效期至|有效期截止日期（2020-05-31）早于起始日期（2020-06-01），请核对"));
        assertThat(bases.count()).isEqualTo(before);

        String number = Demo.unique("泰科协基地〔2020〕");
        byte[] right = workbook(
                new String[] {a, "市级", "场馆类", Demo.TAIAN, "甲运营单位", code("12370900MB6"), "370902", "800", "", "", "", ""},
                new String[] {b, "县级", "自然资源", Demo.TAISHAN, "乙运营单位", code("12370902MB7"), "", "", number, "2020-05-01",
                        "2020-06-01", "2025-05-31"});
        List<EducationBase> created = sheet.importBases(right);
        assertThat(created).extracting(EducationBase::getState).containsExactly(BaseState.APPLIED, BaseState.RECOGNIZED);
        EducationBase second = created.get(1);
        assertThat(organizations.find(second.getOrganizationId()).orElseThrow().getParentId()).isEqualTo(id(Demo.TAISHAN));
        assertThat(second.recheckDueOn(today())).isTrue();

        byte[] exported = sheet.export(new BaseCatalog.Filter(null, null, null, "导入基地", false));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet s = book.getSheetAt(0);
            Map<String, List<String>> rows = new HashMap<>();
            for (Row row : s) {
                if (row.getRowNum() >= 2) {
                    List<String> cells = new java.util.ArrayList<>();
                    row.forEach(c -> cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue()));
                    rows.put(cells.get(0), cells);
                }
            }
            assertThat(rows.get(a)).startsWith(a, "市级", "场馆类", Demo.TAIAN, "甲运营单位", code("12370900MB6"), "370902");
            assertThat(rows.get(a)).contains("800").endsWith("待初审");
            assertThat(rows.get(b)).startsWith(b, "县级", "自然资源类", Demo.TAISHAN).contains(number, "2020-05-01", "2020-06-01", "2025-05-31")
                    .endsWith("已认定");
        }
        // The export read back: the same bases again, refused as already registered — all or nothing.
        assertThatThrownBy(() -> sheet.importBases(exported)).isInstanceOfSatisfying(ImportRejected.class, e ->
                assertThat(e.problems()).extracting(p -> p.column() + "|" + p.message()).contains(
                        "基地名称|“" + Demo.TAIAN + "”下已有名为“" + a + "”的科普教育基地", "认定编号|认定编号“" + number + "”已被其他基地使用"));

        // The import page (last: a page request replaces the test's security context): the refusal by row and column,
        // nothing stored, and the marked workbook to download.
        MockHttpSession session = new MockHttpSession();
        long beforePage = bases.count();
        String page = mvc.perform(multipart("/bases/import").file(new MockMultipartFile("file", "基地.xlsx", null, wrong))
                        .session(session).with(user(users.loadUserByUsername("taian"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("“乡级”不是有效的级别", "统一社会信用代码应为18位", "/bases/import/errors/");
        assertThat(bases.count()).isEqualTo(beforePage);
        String link = page.replaceFirst("(?s).*href=\"(/bases/import/errors/[^\"]+)\".*", "$1");
        mvc.perform(get(link).session(session).with(user(users.loadUserByUsername("taian")))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("示范社区创建：按清单逐项达标，未全部达标不能提请评估；评估达标后命名并有有效期，有效期截止早于起始被拒")
    void demonstrationSite() {
        Users.as(users, "taishan");
        SiteForm f = new SiteForm();
        f.setName(Demo.unique("泰山区上高街道社区"));
        f.setKind(SiteKind.COMMUNITY);
        f.setParentId(id(Demo.DAIYUE));
        assertThatThrownBy(() -> creating.start(f)).isInstanceOf(RuleViolation.class)
                .hasMessage("只能在您权限范围内的科协下创建，所选单位不在您的权限范围内");
        f.setParentId(id(Demo.TAISHAN));
        DemonstrationSite site = creating.start(f);
        assertThat(site.getCriteria()).extracting(SiteCriterion::getText).isEqualTo(SiteKind.COMMUNITY.criteria());
        creating.check(site.getId(), Map.of(0, true, 1, true), Map.of(1, "活动室60平方米"));
        assertThatThrownBy(() -> creating.submit(site.getId())).isInstanceOf(RuleViolation.class)
                .hasMessage("还有4项创建标准未达标，全部达标后才能提请评估");
        Map<Integer, Boolean> all = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            all.put(i, true);
        }
        creating.check(site.getId(), all, Map.of());
        creating.submit(site.getId());
        assertThat(siteRepository.findById(site.getId()).orElseThrow().getState()).isEqualTo(SiteState.SUBMITTED);
        assertThatThrownBy(() -> evaluation.name(site.getId(), new RecognitionForm("泰区科协字〔2026〕1号", today(), today(),
                today().minusYears(1)), null)).isInstanceOf(RuleViolation.class).hasMessageContaining("早于起始日期");
        DemonstrationSite named = evaluation.name(site.getId(), new RecognitionForm(Demo.unique("泰区科协字"), today(), today(),
                today().plusYears(3).minusDays(1)), "达标");
        assertThat(named.getState()).isEqualTo(SiteState.NAMED);
        assertThat(named.getValidityYears()).isEqualTo(3);
        assertThat(sites.history(named)).extracting(HistoryEntry::getAction)
                .containsExactly("开始创建", "更新达标情况", "更新达标情况", "提请评估", "评估达标，命名");
        Users.as(users, "daiyue");
        assertThatThrownBy(() -> sites.site(site.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("示范创建导入导出：有错一个不导入；导出列出达标情况")
    void siteImportExport() throws Exception {
        Users.as(users, "taian");
        String name = Demo.unique("导入示范村");
        long before = siteRepository.count();
        XlsxTable wrong = XlsxTable.of("示范创建", "测试", List.of("名称*", "类型*", "主管科协*", "行政区划代码", "开始创建日期"));
        wrong.row(name, "科普示范村", Demo.DAIYUE, "370911", "2026-01-05");
        wrong.row(name + "2", "示范镇", Demo.DAIYUE, "999999", "明天");
        assertThatThrownBy(() -> siteSheet.importSites(wrong.toBytes())).isInstanceOfSatisfying(ImportRejected.class, e ->
                assertThat(e.problems()).extracting(p -> p.row() + "|" + p.column()).containsExactlyInAnyOrder("4|类型", "4|行政区划代码",
                        "4|开始创建日期"));
        assertThat(siteRepository.count()).isEqualTo(before);
        XlsxTable right = XlsxTable.of("示范创建", "测试", List.of("名称*", "类型*", "主管科协*", "行政区划代码", "开始创建日期"));
        right.row(name, "科普示范村", Demo.DAIYUE, "370911", "2026-01-05");
        assertThat(siteSheet.importSites(right.toBytes())).extracting(DemonstrationSite::getName).containsExactly(name);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(siteSheet.export(new SiteCatalog.Filter(null, null, name))))) {
            Row row = book.getSheetAt(0).getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(name);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("科普示范村");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(Demo.DAIYUE);
        }
    }

    @Test
    @DisplayName("提醒：认定有效期将满的基地提醒主管科协，每个基地每个到期日只提醒一次")
    void reminders() {
        Users.as(users, "taian");
        EducationBase due = recognizedBase(Demo.unique("提醒基地"), today().minusYears(5).plusDays(20));
        Users.nobody();
        reminders.run();
        reminders.run();
        assertThat(jdbc.queryForList("select title from notification where organization_id = ? and link = ?", String.class,
                id(Demo.TAIAN), "/bases/" + due.getId())).filteredOn(t -> t.startsWith("科普教育基地认定有效期将满"))
                .containsExactly("科普教育基地认定有效期将满：" + due.getName());
    }

    @Test
    @DisplayName("接口读取：市科协和区科协都读得到基地和示范创建的列表与详情，详情就是所要的记录，区科协只见本区的")
    void apiReads() throws Exception {
        for (String user : List.of("taian", "taishan")) {
            String page = mvc.perform(get("/api/v1/bases?size=100").with(httpBasic(user, Demo.PASSWORD))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<Integer> ids = com.jayway.jsonpath.JsonPath.read(page, "$.content[*].id");
            assertThat(ids).as(user).isNotEmpty();
            for (Integer baseId : ids.subList(0, Math.min(5, ids.size()))) {
                mvc.perform(get("/api/v1/bases/{id}", baseId).with(httpBasic(user, Demo.PASSWORD))).andExpect(status().isOk())
                        .andExpect(jsonPath("$.base.id").value(baseId)).andExpect(jsonPath("$.history").isNotEmpty());
            }
            String sitesPage = mvc.perform(get("/api/v1/demonstration-sites").with(httpBasic(user, Demo.PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Integer> siteIds = com.jayway.jsonpath.JsonPath.read(sitesPage, "$.content[*].id");
            assertThat(siteIds).as(user).isNotEmpty();
            mvc.perform(get("/api/v1/demonstration-sites/{id}", siteIds.get(0)).with(httpBasic(user, Demo.PASSWORD)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.site.id").value(siteIds.get(0)))
                    .andExpect(jsonPath("$.site.criteria").isNotEmpty());
            if (user.equals("taishan")) {
                List<String> parents = com.jayway.jsonpath.JsonPath.read(sitesPage, "$.content[*].parent");
                assertThat(parents).containsOnly(Demo.TAISHAN);
            }
        }
    }

    @Test
    @DisplayName("联系电话：没有查看号码权限的工作人员在接口、详情页和导出中看到打码号码（053****6077）；管理员看到完整号码")
    void contactPhonesAreMaskedForThoseWithoutTheRight() throws Exception {
        for (String path : List.of("/api/v1/bases?size=100")) {
            String staff = mvc.perform(get(path).with(httpBasic("taian", Demo.PASSWORD))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<String> masked = com.jayway.jsonpath.JsonPath.read(staff, "$.content[*].contactPhone");
            assertThat(masked).as(path).filteredOn(java.util.Objects::nonNull).isNotEmpty()
                    .allSatisfy(phone -> assertThat(phone).matches("\\S{3}\\*{4}\\d{4}"));
            String admin = mvc.perform(get(path).with(httpBasic("admin", Demo.PASSWORD))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            List<String> full = com.jayway.jsonpath.JsonPath.read(admin, "$.content[*].contactPhone");
            assertThat(full).as(path).filteredOn(java.util.Objects::nonNull).isNotEmpty().noneMatch(phone -> phone.contains("*"));
        }
        Users.as(users, "taian");
        EducationBase geopark = bases.findAll().stream().filter(b -> "0538-8066077".equals(b.getContactPhone())).findFirst().orElseThrow();
        byte[] exported = sheet.export(new BaseCatalog.Filter(null, null, null, geopark.getName(), false));
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            book.getSheetAt(0).forEach(row -> row.forEach(c -> cells.append(new org.apache.poi.ss.usermodel.DataFormatter()
                    .formatCellValue(c)).append('|')));
        }
        assertThat(cells.toString()).contains("053****6077").doesNotContain("0538-8066077");
        String show = mvc.perform(get("/bases/{id}", geopark.getId()).with(user(users.loadUserByUsername("taian"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(show).contains("053****6077").doesNotContain("0538-8066077");
    }

    @Test
    @DisplayName("修改申报：带着旧版本保存被拒（别人已改过），工作台列出待初审、待认定、待复核的基地")
    void staleVersionAndWorkbench() {
        Users.as(users, "taian");
        EducationBase b = applying.apply(form(Demo.unique("版本测试基地"), Demo.TAIAN), List.of());
        BaseForm first = BaseForm.of(bases.findById(b.getId()).orElseThrow());
        BaseForm second = BaseForm.of(bases.findById(b.getId()).orElseThrow());
        first.setThemes("改一");
        applying.change(b.getId(), first, List.of());
        second.setThemes("改二");
        assertThatThrownBy(() -> applying.change(b.getId(), second, List.of())).isInstanceOf(cn.kepu.support.StaleVersion.class);
        assertThat(bases.findById(b.getId()).orElseThrow().getThemes()).isEqualTo("改一");
        assertThat(work.items()).extracting(cn.kepu.home.WorkItem::label).contains("待初审的科普教育基地", "待复核的科普教育基地");
        Users.as(users, "daiyue");
        assertThat(work.items()).isEmpty();
    }
}
