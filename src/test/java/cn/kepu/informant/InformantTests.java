package cn.kepu.informant;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.CountableQuotas;
import cn.kepu.plan.PlanForm;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.QuotaCounting;
import cn.kepu.plan.TaskForm;
import cn.kepu.plan.UnitFigures;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.KepuTest;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Users;
import cn.kepu.support.XlsxTable;

/**
 * Informant counts feed the 2022 checklist's task 10 (新增科普中国信息员) through the contribution events. This class
 * enters months only for 共青团泰山区委 (beneath 泰山区) so that its figures move by what it entered alone.
 */
@KepuTest
class InformantTests {

    static final String CHECKLIST = "泰安市科协2022年科普工作任务清单";
    static final String YOUTH = "共青团泰山区委";

    @Autowired
    InformantCounts informants;
    @Autowired
    InformantSheet sheet;
    @Autowired
    MonthlyCounts counts;
    @Autowired
    CountableQuotas quotas;
    @Autowired
    UnitFigures figures;
    @Autowired
    QuotaCounting counting;
    @Autowired
    PlanManagement plans;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    /** The checklist's task-10 quota for 泰山区. */
    CountableQuotas.CountableQuota taishanQuota() {
        return quotas.measuring("信息员").stream()
                .filter(q -> q.planTitle().equals(CHECKLIST) && q.assignees().stream().anyMatch(a -> a.organizationName().equals(Demo.TAISHAN)))
                .findFirst().orElseThrow();
    }

    /** 泰山区's actual toward the quota as the ledger shows it (read as 泰安市科协). */
    BigDecimal ledgerActual(CountableQuotas.CountableQuota quota, String unit) {
        Users.as(users, "taian");
        return figures.quota(quota.planId(), quota.quotaId()).get(id(unit)).actual();
    }

    CountForm form(String unit, int year, int month, String newly) {
        CountForm f = new CountForm();
        f.setUnitId(id(unit));
        f.setYear(year);
        f.setMonth(month);
        f.setNewlyRegistered(newly);
        return f;
    }

    @Test
    @DisplayName("填报一个月，任务10泰山区的台账实际数随之变化；修改该月是替换而不是叠加；台账的计数来源写明“登记的科普中国信息员”")
    void enteringCountsMovesTheLedger() {
        CountableQuotas.CountableQuota quota = taishanQuota();
        assertThat(quota.taskLabel()).startsWith("10.");
        BigDecimal before = ledgerActual(quota, Demo.TAISHAN);
        assertThat(before).as("演示数据：泰山区2022年按月登记3120人，台账不再是手填的2100").isGreaterThanOrEqualTo(new BigDecimal("3120"));

        Users.as(users, "taishan");
        InformantCount may = informants.enter(form(YOUTH, 2022, 5, "37"));
        assertThat(ledgerActual(quota, Demo.TAISHAN)).isEqualByComparingTo(before.add(new BigDecimal("37")));

        Users.as(users, "taishan");
        CountForm change = form(YOUTH, 2022, 5, "30");
        change.setVersion(may.getVersion());
        informants.update(may.getId(), change);
        assertThat(ledgerActual(quota, Demo.TAISHAN)).as("改为30人：替换，不叠加").isEqualByComparingTo(before.add(new BigDecimal("30")));
        Users.as(users, "taishan");
        CountForm again = form(YOUTH, 2022, 5, "30");
        again.setVersion(informants.count(may.getId()).getVersion());
        informants.update(may.getId(), again);
        assertThat(ledgerActual(quota, Demo.TAISHAN)).as("同样的数字再保存一次也不叠加").isEqualByComparingTo(before.add(new BigDecimal("30")));

        // The grid: 泰山区's line shows the quota with its subtree's count; the youth league's line its own total.
        Users.as(users, "taishan");
        InformantCounts.YearGrid grid = informants.year(2022);
        InformantCounts.Line taishan = grid.lines().stream().filter(l -> l.unit().getName().equals(Demo.TAISHAN)).findFirst().orElseThrow();
        assertThat(taishan.total()).isEqualTo(3120);
        assertThat(taishan.quotas()).anySatisfy(f -> {
            assertThat(f.quotaId()).isEqualTo(quota.quotaId());
            assertThat(f.target()).isEqualByComparingTo("3000");
            assertThat(BigDecimal.valueOf(f.counted())).isEqualByComparingTo(ledgerActual(quota, Demo.TAISHAN));
        });
        Users.as(users, "taishan");
        assertThat(informants.year(2022).lines()).filteredOn(l -> l.unit().getName().equals(YOUTH))
                .singleElement().satisfies(l -> assertThat(l.months().get(4).getNewlyRegistered()).isEqualTo(30));
        // 岱岳区 is not in 泰山区's grid, and its quota does not take 泰山区's counts.
        assertThat(informants.year(2022).lines()).noneMatch(l -> l.unit().getName().equals(Demo.DAIYUE));
    }

    @Test
    @DisplayName("从头重算（recount）与逐次计数结果一致；计划在填报之后发布，发布时即把已填报的月份计入")
    void recountEqualsIncrementalAndLatePlansCount() {
        Users.as(users, "taian");
        informants.enter(form(YOUTH, 2021, 3, "40"));
        InformantCount april = informants.enter(form(YOUTH, 2021, 4, "5"));
        CountForm change = form(YOUTH, 2021, 4, "2");
        change.setVersion(april.getVersion());
        informants.update(april.getId(), change);

        // A plan of 2021 published after the months were entered.
        PlanForm p = new PlanForm();
        p.setIssuerId(id(Demo.TAIAN));
        p.setTitle(Demo.unique("泰安市科协2021年信息员工作（测试）"));
        p.setPeriodFrom(2021);
        WorkPlan plan = plans.create(p);
        TaskForm task = new TaskForm();
        task.setNumber("1");
        task.setTitle("发展科普中国信息员");
        task.setResponsible(Demo.TAISHAN + "、" + Demo.DAIYUE);
        task.setDeadline("2021年12月");
        task.setQuotas(Demo.TAISHAN + " 新增科普中国信息员 ≥ 100 人\n" + Demo.DAIYUE + " 新增科普中国信息员 ≥ 100 人");
        plans.saveTask(plan.getId(), null, task);
        plans.publish(plan.getId());

        List<CountableQuotas.CountableQuota> late = quotas.measuring("信息员").stream().filter(q -> q.planId() == plan.getId()).toList();
        assertThat(late).hasSize(2);
        CountableQuotas.CountableQuota taishan = late.stream()
                .filter(q -> q.assignees().get(0).organizationName().equals(Demo.TAISHAN)).findFirst().orElseThrow();
        CountableQuotas.CountableQuota daiyue = late.stream()
                .filter(q -> q.assignees().get(0).organizationName().equals(Demo.DAIYUE)).findFirst().orElseThrow();
        assertThat(ledgerActual(taishan, Demo.TAISHAN)).isEqualByComparingTo("42");
        assertThat(ledgerActual(daiyue, Demo.DAIYUE)).as("泰山区的人数不计入岱岳区的指标").isEqualByComparingTo("0");

        Set<Long> mine = Set.of(taishan.quotaId(), daiyue.quotaId(), taishanQuota().quotaId());
        Users.as(users, "taian");
        assertThat(counting.actuals().stream().filter(a -> mine.contains(a.quotaId())).toList())
                .as("逐次计数 = 从头重算")
                .isEqualTo(counting.recountedActuals().stream().filter(a -> mine.contains(a.quotaId())).toList());
    }

    @Test
    @DisplayName("填错时的中文提示：负数、小数、非数字、未来月份、未选单位、重复填报同一个月")
    void badInput() throws Exception {
        Users.as(users, "taishan");
        assertThatThrownBy(() -> informants.enter(form(YOUTH, 2022, 8, "-5"))).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.problems()).extracting(RuleViolation::field, RuleViolation::getMessage)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("newlyRegistered", "新增信息员人数不能为负数")));
        assertThatThrownBy(() -> informants.enter(form(YOUTH, 2022, 8, "12.5"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("应为整数");
        assertThatThrownBy(() -> informants.enter(form(YOUTH, 2022, 8, "十二"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("不是数字");
        assertThatThrownBy(() -> informants.enter(form(YOUTH, 2022, 8, " "))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("请填写新增信息员人数");
        YearMonth next = YearMonth.now(clock).plusMonths(1);
        assertThatThrownBy(() -> informants.enter(form(YOUTH, next.getYear(), next.getMonthValue(), "10")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining(next.getMonthValue() == 1 ? "不是可填报的年份" : "尚未到来");
        CountForm noUnit = form(YOUTH, 2022, 8, "10");
        noUnit.setUnitId(null);
        noUnit.setMonth(13);
        assertThatThrownBy(() -> informants.enter(noUnit)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.problems()).extracting(RuleViolation::getMessage).containsExactly("请选择单位", "13月不是有效的月份，应为1至12月"));
        assertThat(counts.findByUnit_IdAndPeriodYearAndPeriodMonth(id(YOUTH), 2022, 8)).isEmpty();

        informants.enter(form(YOUTH, 2022, 8, "10"));
        assertThatThrownBy(() -> informants.enter(form(YOUTH, 2022, 8, "11"))).isInstanceOf(RuleViolation.class)
                .hasMessage(YOUTH + "2022年8月已填报新增信息员10人；如需修改，请点击表格中该月的数字");

        // The API answers in the same words.
        mvc.perform(post("/api/v1/informant-counts").with(httpBasic("taishan", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + id(YOUTH) + ",\"year\":2022,\"month\":9,\"newlyRegistered\":12.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newlyRegistered"))
                .andExpect(jsonPath("$.errors[0].message").value("新增信息员人数应为整数（人数不能有小数），“12.5”有小数"));
    }

    @Test
    @DisplayName("县级用户按网址、按 API 都看不到、改不了其他县的月份（404）；本县用户和上级可以")
    void otherCountyGets404() throws Exception {
        Users.as(users, "taishan");
        InformantCount june = informants.enter(form(YOUTH, 2022, 6, "21"));
        Users.as(users, "daiyue");
        assertThatThrownBy(() -> informants.count(june.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> informants.enter(form(Demo.TAISHAN, 2021, 1, "5"))).isInstanceOf(NotFoundException.class);
        assertThat(informants.list(null, 2022)).noneMatch(c -> c.getUnit().getPath().startsWith(
                organizations.named(Demo.TAISHAN).orElseThrow().getPath()));
        Users.nobody();

        mvc.perform(get("/api/v1/informant-counts/{id}", june.getId()).with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/informant-counts/{id}", june.getId()).with(httpBasic("daiyue", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"newlyRegistered\":1,\"version\":" + june.getVersion() + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/informant-counts").with(httpBasic("daiyue", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + id(Demo.TAISHAN) + ",\"year\":2021,\"month\":2,\"newlyRegistered\":3}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/informant-counts?year=2022").with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].unit").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(Demo.DAIYUE))))
                .andExpect(jsonPath("$.units[0].total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1650)))
                .andExpect(jsonPath("$.units[0].quotas[0].target").value(2000));
        mvc.perform(get("/api/v1/informant-counts/{id}", june.getId()).with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.newlyRegistered").value(21));
        mvc.perform(put("/api/v1/informant-counts/{id}", june.getId()).with(httpBasic("taishan", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"newlyRegistered\":22,\"version\":" + (june.getVersion() + 5) + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.current.newlyRegistered").value(21));
        // Pages last: a page request replaces the test's security context.
        mvc.perform(get("/informants").param("edit", String.valueOf(june.getId())).with(user(users.loadUserByUsername("daiyue"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/informants").param("edit", String.valueOf(june.getId())).with(user(users.loadUserByUsername("taishan"))))
                .andExpect(status().isOk());
    }

    static byte[] sheet(Object[]... rows) {
        XlsxTable table = XlsxTable.of("科普中国信息员", "科普中国信息员统计", List.of("单位", "年份", "月份", "新增信息员人数"));
        for (Object[] row : rows) {
            table.row(row);
        }
        return table.toBytes();
    }

    @Test
    @DisplayName("导入：有一行错误时整份文件都不导入，并指出行和列；页面上同样列出")
    void importWithBadRowStoresNothing() throws Exception {
        byte[] wrong = sheet(new Object[] {YOUTH, 2022, 10, 15}, new Object[] {YOUTH, 2022, 13, 5},
                new Object[] {"泰山区不存在的单位", 2022, 11, "三十"}, new Object[] {YOUTH, 2022, 10, 16});
        Users.as(users, "taishan");
        long before = counts.countByUnit_Id(id(YOUTH));
        assertThatThrownBy(() -> sheet.importCounts(wrong)).isInstanceOfSatisfying(ImportRejected.class, e ->
                assertThat(e.problems()).extracting(p -> p.row() + "|" + p.column() + "|" + p.message()).containsExactly(
                        "4|月份|13月不是有效的月份，应为1至12月",
                        "5|单位|找不到“泰山区不存在的单位”：应为您权限范围内单位的全称",
                        "5|新增信息员人数|新增信息员人数“三十”不是数字，应为整数，如120",
                        "6|月份|与第3行是同一单位的同一月份"));
        assertThat(counts.countByUnit_Id(id(YOUTH))).isEqualTo(before);
        assertThat(counts.findByUnit_IdAndPeriodYearAndPeriodMonth(id(YOUTH), 2022, 10)).isEmpty();

        Users.nobody();
        String page = mvc.perform(multipart("/informants/import").file(new MockMultipartFile("file", "信息员.xlsx", null, wrong))
                        .with(user(users.loadUserByUsername("taishan"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("第4行", "13月不是有效的月份", "/informants/import/errors/");
        assertThat(counts.countByUnit_Id(id(YOUTH))).isEqualTo(before);
    }

    @Test
    @DisplayName("导出再导入：数字不变、台账不叠加；在导出的文件里改一个数再导入，该月被替换，台账按差额变化")
    void exportImportRoundTrip() throws Exception {
        Users.as(users, "taishan");
        informants.enter(form(YOUTH, 2022, 11, "50"));
        informants.enter(form(YOUTH, 2022, 12, "60"));
        CountableQuotas.CountableQuota quota = taishanQuota();
        BigDecimal before = ledgerActual(quota, Demo.TAISHAN);
        Users.as(users, "taishan");
        long rows = counts.countByUnit_Id(id(YOUTH));
        byte[] exported = sheet.export(2022, id(YOUTH));

        List<InformantCount> stored = sheet.importCounts(exported);
        assertThat(stored).extracting(InformantCount::getPeriodMonth).contains(11, 12);
        assertThat(counts.countByUnit_Id(id(YOUTH))).isEqualTo(rows);
        assertThat(ledgerActual(quota, Demo.TAISHAN)).as("导出的文件读回：不变").isEqualByComparingTo(before);

        byte[] changed;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = book.getSheetAt(0);
            for (Row row : s) {
                if (row.getRowNum() > 1 && (int) row.getCell(2).getNumericCellValue() == 12) {
                    row.getCell(3).setCellValue(75);
                }
            }
            book.write(out);
            changed = out.toByteArray();
        }
        Users.as(users, "taishan");
        sheet.importCounts(changed);
        assertThat(counts.findByUnit_IdAndPeriodYearAndPeriodMonth(id(YOUTH), 2022, 12).orElseThrow().getNewlyRegistered()).isEqualTo(75);
        assertThat(ledgerActual(quota, Demo.TAISHAN)).isEqualByComparingTo(before.add(new BigDecimal("15")));
        Users.as(users, "taishan");
        assertThat(informants.list(id(YOUTH), 2022).stream().map(InformantCount::getNewlyRegistered).collect(Collectors.toList()))
                .contains(50, 75);
    }
}
