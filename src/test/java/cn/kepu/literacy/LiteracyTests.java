package cn.kepu.literacy;

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
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;
import cn.kepu.plan.CountableQuotas;
import cn.kepu.plan.Ledger;
import cn.kepu.plan.LedgerFilter;
import cn.kepu.plan.LedgerRow;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.plan.PlanForm;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.QuotaCounting;
import cn.kepu.plan.TaskForm;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Users;
import cn.kepu.support.XlsxTable;

@KepuTest
class LiteracyTests {

    static final String TAISHAN_PLAN = "泰山区全民科学素质行动规划纲要实施方案（2021-2025年）";

    @Autowired
    LiteracyRegistry registry;
    @Autowired
    LiteracySheet sheet;
    @Autowired
    Ledger ledger;
    @Autowired
    PlanManagement plans;
    @Autowired
    QuotaCounting counting;
    @Autowired
    CountableQuotas quotas;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    /**
     * A county association of its own under a city of its own beneath the province: no other test's rates touch it,
     * and no other test's "各县市区科协" of 泰安市 finds it. The administrator works with it.
     */
    Organization freshCounty(String name) {
        Users.as(users, "admin");
        OrganizationForm city = new OrganizationForm();
        city.setName(Demo.unique("素质测试市科学技术协会"));
        city.setUnitType(UnitType.ASSOCIATION);
        city.setLevel(OrgLevel.CITY);
        city.setParentId(id(Demo.SHANDONG));
        long cityId = organizationManagement.create(city).getId();
        OrganizationForm unit = new OrganizationForm();
        unit.setName(Demo.unique(name));
        unit.setUnitType(UnitType.ASSOCIATION);
        unit.setLevel(OrgLevel.COUNTY);
        unit.setParentId(cityId);
        return organizationManagement.create(unit);
    }

    static RateForm form(Long region, String year, String rate, String source) {
        RateForm f = new RateForm();
        f.setRegionId(region);
        f.setSurveyYear(year);
        f.setRate(rate);
        f.setSourceName(source);
        return f;
    }

    /** The ledger's line of this unit for the plan's first task, read as the administrator. */
    LedgerRow row(long planId, String unit) {
        Users.as(users, "admin");
        return ledger.allRows(LedgerFilter.of(planId)).stream().filter(r -> r.level() > 0 && unit.equals(r.organizationName()))
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("演示数据：泰山区18%的指标，台账显示最近一次测得的比例、测得年份和按趋势推算的2025年比例")
    void theTaishanTargetShowsTheMeasuredRate() {
        Users.as(users, "taian");
        WorkPlan plan = catalog.visible().stream().filter(p -> p.getTitle().equals(TAISHAN_PLAN)).findFirst().orElseThrow();
        LedgerRow taishan = row(plan.getId(), Demo.TAISHAN);
        LedgerRow.Measure rate = taishan.measures().get(0);
        assertThat(rate.target()).isEqualByComparingTo("18");
        assertThat(rate.actual()).as("2024年泰山区测评 17.3%").isEqualByComparingTo("17.3");
        Users.as(users, "taishan");
        List<Projection.Point> points = registry.series(id(Demo.TAISHAN)).stream()
                .map(r -> new Projection.Point(r.getSurveyYear(), r.getRate())).toList();
        Projection expected = Projection.of(points, 2025, new BigDecimal("18")).orElseThrow();
        assertThat(rate.note()).isEqualTo("2024年测得；" + expected.words());
        assertThat(taishan.measuresText()).contains("17.3/18%").contains("2024年测得；按").contains("2025年可达");
    }

    @Test
    @DisplayName("新计划的科学素质比例指标：录入测评后台账取最近一年的比例并推算趋势；新一年的结果替换旧的，删除后回到上一次；与从头重算一致")
    void ratesFeedAPlanAsALevel() {
        Organization county = freshCounty("新建县科学技术协会");
        Users.as(users, "admin");
        PlanForm p = new PlanForm();
        p.setIssuerId(county.getParentId());
        p.setTitle(Demo.unique("全民科学素质行动实施方案（测试）"));
        p.setPeriodFrom(2021);
        p.setPeriodTo(2026);
        WorkPlan plan = plans.create(p);
        TaskForm task = new TaskForm();
        task.setNumber("1");
        task.setTitle("公民具备科学素质的比例");
        task.setResponsible(county.getName());
        task.setDeadline("2026年底");
        task.setQuotas(county.getName() + " 科学素质比例 ≥ 20 %");
        plans.saveTask(plan.getId(), null, task);
        plans.publish(plan.getId());
        assertThat(row(plan.getId(), county.getName()).measures().get(0).note()).isEqualTo("尚无测评结果");

        Users.as(users, "admin");
        registry.enter(form(county.getId(), "2023", "14", "县测评"));
        assertThat(row(plan.getId(), county.getName()).measures().get(0).note()).isEqualTo("2023年测得；仅一次测评，无法推算趋势");
        Users.as(users, "admin");
        registry.enter(form(county.getId(), "2024", "16", "县测评"));
        LedgerRow.Measure m = row(plan.getId(), county.getName()).measures().get(0);
        assertThat(m.actual()).as("比例是水平，不累加：16 而不是 30").isEqualByComparingTo("16");
        assertThat(m.note()).isEqualTo("2024年测得；按2023—2024年趋势2026年可达 20.00%，可完成");

        Users.as(users, "admin");
        LiteracyRate lower = registry.enter(form(county.getId(), "2025", "15", "县测评"));
        m = row(plan.getId(), county.getName()).measures().get(0);
        assertThat(m.actual()).isEqualByComparingTo("15");
        assertThat(m.note()).isEqualTo("2025年测得；按2023—2025年趋势2026年可达 16.00%，难以完成");

        Users.as(users, "admin");
        registry.delete(lower.getId());
        assertThat(row(plan.getId(), county.getName()).measures().get(0).actual()).isEqualByComparingTo("16");

        java.util.Set<Long> mine = new java.util.HashSet<>();
        quotas.measuring(LiteracyCounting.MEASURE).forEach(q -> mine.add(q.quotaId()));
        Users.as(users, "admin");
        assertThat(counting.actuals().stream().filter(a -> mine.contains(a.quotaId())).toList())
                .as("逐次计数 = 从头重算")
                .containsExactlyInAnyOrderElementsOf(counting.recountedActuals().stream().filter(a -> mine.contains(a.quotaId())).toList());
    }

    @Test
    @DisplayName("填错时的中文提示：比例超出0—100、年份在未来、没有来源、分组缺组别；一处错误也不保存")
    void badInput() {
        Organization county = freshCounty("错误输入县科学技术协会");
        Users.as(users, "admin");
        RateForm wrong = form(county.getId(), "2099", "101", " ");
        wrong.setSampleSize("-5");
        wrong.setRows(new ArrayList<>(List.of(new RateForm.Row("性别", "", "12"), new RateForm.Row("", "", ""))));
        assertThatThrownBy(() -> registry.enter(wrong)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.problems()).extracting(v -> v.field() + "|" + v.getMessage()).containsExactlyInAnyOrder(
                        "surveyYear|测评年份2099年还没有到：只能录入已经测得的比例",
                        "rate|比例应在0到100之间（单位为%），“101”超出了范围",
                        "sampleSize|样本量应为正整数",
                        "sourceName|请填写数据来源（调查名称或发布文件）",
                        "rows0|第1行分组：请填写组别，如“女性”"));
        Users.as(users, "admin");
        assertThat(registry.series(county.getId())).isEmpty();
        registry.enter(form(county.getId(), "2024", "12.5%", "县测评"));
        assertThatThrownBy(() -> registry.enter(form(county.getId(), "2024", "13", "县测评"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("2024年的比例已录入，请在原记录上修改");
        Users.as(users, "taishan");
        assertThatThrownBy(() -> registry.enter(form(0L, "2024", "15", "全国"))).isInstanceOf(RuleViolation.class)
                .hasMessage("全国的比例只能由省级科协或系统管理员录入");
    }

    @Test
    @DisplayName("数据范围：渭南的用户看不到、改不了泰安的测评（页面、接口都是404）；县里看得到上级和全国公布的比例；填报员不能录入")
    void scope() throws Exception {
        Organization county = freshCounty("范围县科学技术协会");
        Users.as(users, "admin");
        LiteracyRate rate = registry.enter(form(county.getId(), "2024", "13.1", "县测评"));

        var weinan = user(users.loadUserByUsername("weinan"));
        mvc.perform(get("/literacy/regions/{id}", county.getId()).with(weinan)).andExpect(status().isNotFound());
        mvc.perform(get("/literacy/{id}/edit", rate.getId()).with(weinan)).andExpect(status().isNotFound());
        mvc.perform(post("/literacy/{id}/delete", rate.getId()).with(weinan).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/literacy-rates").param("regionId", String.valueOf(county.getId()))
                .with(httpBasic("weinan", Demo.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/literacy-rates").with(httpBasic("weinan", Demo.PASSWORD)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"regionId\":" + county.getId() + ",\"surveyYear\":\"2023\",\"rate\":\"9\",\"sourceName\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("只能录入本单位及下级地区的比例"));
        Users.as(users, "admin");
        assertThat(registry.series(county.getId())).extracting(LiteracyRate::getSurveyYear).containsExactly(2024);

        // 泰山区 reads 泰安市's and the national figures (its targets are compared with them), not 岱岳区's.
        Users.as(users, "taishan");
        assertThat(registry.readableRegion(id(Demo.TAIAN)).getName()).isEqualTo(Demo.TAIAN);
        assertThat(registry.series(null)).extracting(LiteracyRate::getSurveyYear).contains(2015, 2020, 2024);
        assertThatThrownBy(() -> registry.readableRegion(id(Demo.DAIYUE))).isInstanceOf(NotFoundException.class);

        mvc.perform(get("/literacy/new").with(user(users.loadUserByUsername("daiyue")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/literacy-rates").param("regionId", String.valueOf(id(Demo.TAISHAN)))
                        .with(httpBasic("taishan", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.surveyYear == 2024)].rate").value(17.3));
    }

    @Test
    @DisplayName("导入：有错误的行整份不导入并指出行和列；导出再导入，分组结果原样读回")
    void importAndRoundTrip() throws Exception {
        Organization county = freshCounty("导入县科学技术协会");
        byte[] wrong = table(new Object[] {county.getName(), 2023, "12.1", "县测评", null, null, null, "性别·女性 11.2；城乡农村 9"},
                new Object[] {county.getName(), 2024, "120", "县测评", null, null, null, null},
                new Object[] {"不存在的科协", 2024, "12", "县测评", null, null, null, null},
                new Object[] {county.getName(), 2023, "12.2", "县测评", null, null, null, null});
        Users.as(users, "admin");
        assertThatThrownBy(() -> sheet.importRates(wrong)).isInstanceOfSatisfying(ImportRejected.class, e ->
                assertThat(e.problems()).extracting(p -> p.row() + "|" + p.column() + "|" + p.message()).containsExactly(
                        "3|分组结果|“城乡农村 9”应写作“分类·组别 比例”，如“性别·女性 12.1”",
                        "4|比例|比例应在0到100之间（单位为%），“120”超出了范围",
                        "5|地区|找不到“不存在的科协”：应为“全国”或您权限范围内县级以上科协的全称"));
        Users.as(users, "admin");
        assertThat(registry.series(county.getId())).as("有错误时一行也不导入").isEmpty();

        byte[] good = table(new Object[] {county.getName(), 2023, "12.1", "县测评", 800, "1.5", "2023-10-01", "性别·女性 11.2；城乡·农村居民 9"},
                new Object[] {county.getName(), 2024, "13.4", "县测评", null, null, null, null});
        Users.as(users, "admin");
        assertThat(sheet.importRates(good)).hasSize(2);
        Users.as(users, "admin");
        byte[] exported = sheet.export();
        List<String> line = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            for (Row r : book.getSheetAt(0)) {
                if (new DataFormatter().formatCellValue(r.getCell(0)).equals(county.getName())
                        && new DataFormatter().formatCellValue(r.getCell(1)).equals("2023")) {
                    r.forEach(c -> line.add(new DataFormatter().formatCellValue(c)));
                }
            }
        }
        assertThat(line).containsExactly(county.getName(), "2023", "12.1", "县测评", "800", "1.5", "2023-10-01", "性别·女性 11.2；城乡·农村居民 9");
        Users.as(users, "admin");
        assertThat(sheet.importRates(exported)).as("导出的文件原样导回").isNotEmpty();
        Users.as(users, "admin");
        LiteracyRate again = registry.series(county.getId()).get(0);
        assertThat(again.getBreakdowns()).extracting(b -> b.getDimension().label() + b.getGroup() + b.getRate().stripTrailingZeros().toPlainString())
                .containsExactly("性别女性11.2", "城乡农村居民9");
        assertThat(registry.series(county.getId())).hasSize(2);
    }

    static byte[] table(Object[]... rows) {
        XlsxTable table = XlsxTable.of("公民科学素质", "公民科学素质测评结果",
                List.of("地区", "测评年份", "比例(%)", "数据来源", "样本量", "误差(%)", "调查日期", "分组结果"));
        for (Object[] row : rows) {
            table.row(row);
        }
        return table.toBytes();
    }
}
