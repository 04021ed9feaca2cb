package cn.kepu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.attachment.Upload;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.AssignmentState;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.plan.Progress;
import cn.kepu.plan.ProgressForm;
import cn.kepu.plan.UnitFigures;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.TestClock;
import cn.kepu.support.Users;

/** Schemes as people run them: defined, published, self-assessed, scored, frozen, in 公示 with objections, filed. */
@KepuTest
@Isolated // moves the shared test clock and, for a moment, one unit's figure in the demo ledger
class SchemeTests {

    @Autowired
    SchemeManagement schemes;
    @Autowired
    UnitSheets sheets;
    @Autowired
    Workflow workflow;
    @Autowired
    Results results;
    @Autowired
    ResultFiles files;
    @Autowired
    PlanCatalog plans;
    @Autowired
    Progress progress;
    @Autowired
    UnitFigures planFigures;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        Users.nobody();
        clock.reset();
    }

    @Test
    @DisplayName("泰安市科协考核泰山区和岱岳区：发布前岱岳区看不到方案；发布后只看到本单位的实时得分；完成评分后台账再更正，结果不变；公示后两个单位都看到排名；异议答复后定档，定档后不能再改分")
    void aSchemeFromDraftToFiled() throws Exception {
        Users.as(users, "taian");
        Organization taishan = unit(Demo.TAISHAN);
        Organization daiyue = unit(Demo.DAIYUE);
        WorkPlan checklist = checklist();
        Scheme s = schemes.create(form("泰安市科协2022年度新闻宣传专项考核", taishan, daiyue));
        long news = newsQuota(checklist, taishan);
        IndicatorForm quota = indicator("新闻稿件", IndicatorKind.QUOTA, "60");
        quota.setQuotaId(news);
        schemes.addIndicator(s.getId(), quota);
        SchemeIndicator summary = schemes.addIndicator(s.getId(), indicator("宣传工作总结", IndicatorKind.MANUAL, "40"));
        IndicatorForm bonus = indicator("稿件被省级采用", IndicatorKind.BONUS, null);
        bonus.setEachPoints(new BigDecimal("1"));
        bonus.setCap(new BigDecimal("2"));
        SchemeIndicator praised = schemes.addIndicator(s.getId(), bonus);

        Users.as(users, "daiyue");
        assertThatThrownBy(() -> schemes.scheme(s.getId())).hasMessageContaining("不存在");
        Users.as(users, "taian");
        workflow.publish(s.getId());

        Users.as(users, "daiyue");
        Results.Board own = results.board(schemes.scheme(s.getId()));
        assertThat(own.ranked()).isFalse();
        assertThat(own.rows()).extracting(Assessing.Result::organizationName).containsExactly(Demo.DAIYUE);
        mvc.perform(get("/assessments/{id}/units/{u}", s.getId(), taishan.getId()).with(user(users.loadUserByUsername("daiyue"))))
                .andExpect(status().isNotFound());
        Users.as(users, "daiyue"); // MockMvc leaves the test's security context empty after its request
        Map<Long, BigDecimal> self = Map.of(summary.getId(), new BigDecimal("36"));
        Map<Long, String> note = Map.of(summary.getId(), "全年报送稿件9条。");
        assertThatThrownBy(() -> sheets.assessSelf(s.getId(), self, note,
                Map.of(summary.getId(), List.of(new Upload("总结.txt", "不是证明材料".getBytes()))), false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("“宣传工作总结”：“总结.txt”不是可接受的证明材料");
        assertThat(line(s, daiyue, summary).entry()).as("nothing of a refused self-assessment is kept").isNull();
        assertThatThrownBy(() -> sheets.assessSelf(s.getId(), Map.of(summary.getId(), new BigDecimal("41")), note, Map.of(), true))
                .hasMessageContaining("“宣传工作总结”的自评分应在0到40分之间");
        sheets.assessSelf(s.getId(), self, note, Map.of(summary.getId(), List.of(new Upload("宣传总结.pdf", PDF))), true);
        UnitSheets.Line filled = line(s, daiyue, summary);
        assertThat(filled.entry().getSelfPoints()).isEqualByComparingTo("36");
        assertThat(filled.evidence()).extracting(a -> a.name()).containsExactly("宣传总结.pdf");
        assertThatThrownBy(() -> sheets.assessSelf(s.getId(), self, note, Map.of(), false)).hasMessageContaining("提交，不能再修改");

        Users.as(users, "taian");
        SchemeIndicator newsIndicator = schemes.indicators(s).get(0);
        assertThatThrownBy(() -> sheets.score(s.getId(), taishan.getId(), Map.of(),
                Map.of(newsIndicator.getId(), new BigDecimal("50")), Map.of()))
                .hasMessageContaining("请填写调整“新闻稿件”得分的理由");
        sheets.score(s.getId(), daiyue.getId(), Map.of(summary.getId(), new BigDecimal("35")), Map.of(), Map.of());
        sheets.score(s.getId(), taishan.getId(), Map.of(summary.getId(), new BigDecimal("38"), praised.getId(), new BigDecimal("3")),
                Map.of(), Map.of());
        Results.Board live = results.board(schemes.scheme(s.getId()));
        assertThat(live.ranked()).isTrue();
        Assessing.Result ts = live.of(taishan.getId()).orElseThrow();
        assertThat(ts.score().children().get(2).why()).isEqualTo("3次，加2分（最多加2分）");
        BigDecimal daiyueBefore = live.of(daiyue.getId()).orElseThrow().score().scored();

        workflow.finishScoring(s.getId());
        reportNews(checklist, daiyue, 6);
        try {
            Users.as(users, "taian");
            Results.Board frozen = results.board(schemes.scheme(s.getId()));
            assertThat(frozen.of(daiyue.getId()).orElseThrow().score().scored()).as("a frozen result does not follow the ledger")
                    .isEqualByComparingTo(daiyueBefore);
            assertThat(frozen.dataAt()).isNotNull();
        } finally {
            reportNews(checklist, daiyue, 0);
        }

        Users.as(users, "taian");
        sheets.score(s.getId(), daiyue.getId(), Map.of(), Map.of(newsIndicator.getId(), new BigDecimal("30")),
                Map.of(newsIndicator.getId(), "9月报送的稿件经核实有效"));
        workflow.openPublicity(s.getId());
        Users.as(users, "daiyue");
        Results.Board open = results.board(schemes.scheme(s.getId()));
        assertThat(open.ranked()).isTrue();
        assertThat(open.rows()).hasSize(2);
        assertThat(open.of(daiyue.getId()).orElseThrow().score().children().get(0).why())
                .endsWith("；调整为30分（理由：9月报送的稿件经核实有效）");
        assertThatThrownBy(() -> workflow.object(s.getId(), " ")).hasMessageContaining("请写明异议的内容和理由");
        Objection o = workflow.object(s.getId(), "本单位新闻稿件应为12条。");
        Users.as(users, "taian");
        assertThatThrownBy(() -> workflow.file(s.getId())).hasMessageContaining("还有1条异议未答复");
        workflow.answer(s.getId(), o.getId(), "已核实，维持调整后的得分。");
        workflow.file(s.getId());
        assertThat(schemes.scheme(s.getId()).getState()).isEqualTo(SchemeState.FINAL);
        assertThatThrownBy(() -> sheets.score(s.getId(), daiyue.getId(), Map.of(summary.getId(), BigDecimal.ONE), Map.of(), Map.of()))
                .hasMessageContaining("已定档");
    }

    @Test
    @DisplayName("方案的错误输入各有中文说明且什么也不保存：等次写法、下级之外的单位、别人计划中的指标、分值合计不符时发布、自评截止后、公示结束后的异议")
    void badInputIsRefusedInChinese() {
        Users.as(users, "taian");
        Organization taishan = unit(Demo.TAISHAN);
        SchemeForm wrong = form("泰安市科协错误方案", taishan);
        wrong.setBands("优秀90分以上");
        wrong.setUnitIds(List.of(taishan.getId(), unit("临渭区科学技术协会").getId()));
        long before = schemes.visible().size();
        assertThatThrownBy(() -> schemes.create(wrong)).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.problems()).extracting(RuleViolation::getMessage).anyMatch(m -> m.startsWith("等次的写法如"))
                        .contains("被考核单位只能是考核单位的下级单位"));
        assertThat(schemes.visible()).hasSize((int) before);

        Scheme s = schemes.create(form("泰安市科协2022年度阵地建设考核", taishan));
        IndicatorForm foreign = indicator("泰山区的指标", IndicatorKind.QUOTA, "50");
        // A quota of 泰山区's own plan: within 泰安's subtree, but not 泰安市科协's to assess by.
        foreign.setQuotaId(plans.quotasIssuedBy(taishan.getId()).get(0).id());
        assertThatThrownBy(() -> schemes.addIndicator(s.getId(), foreign)).hasMessageContaining("只能选择泰安市科学技术协会自己计划中的指标");
        SchemeIndicator manual = schemes.addIndicator(s.getId(), indicator("阵地建设", IndicatorKind.MANUAL, "60"));
        assertThatThrownBy(() -> workflow.publish(s.getId())).hasMessageContaining("各项指标分值合计60分，与方案总分100分不符");
        IndicatorForm fill = indicator("阵地使用", IndicatorKind.MANUAL, "40");
        schemes.addIndicator(s.getId(), fill);
        SchemeForm deadline = schemes.form(s);
        deadline.setSelfAssessmentDeadline(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))));
        schemes.update(s.getId(), deadline);
        workflow.publish(s.getId());
        assertThatThrownBy(() -> schemes.addIndicator(s.getId(), indicator("再加一项", IndicatorKind.MANUAL, "10")))
                .hasMessageContaining("方案已发布");

        clock.advance(Duration.ofDays(2));
        Users.as(users, "taishan");
        assertThatThrownBy(() -> sheets.assessSelf(s.getId(), Map.of(manual.getId(), BigDecimal.TEN), Map.of(), Map.of(), true))
                .hasMessageContaining("自评已于").hasMessageContaining("截止");

        Users.as(users, "taian");
        workflow.finishScoring(s.getId());
        workflow.openPublicity(s.getId());
        clock.advance(Duration.ofDays(8));
        Users.as(users, "taishan");
        assertThatThrownBy(() -> workflow.object(s.getId(), "有异议")).hasMessageContaining("结束，不能再提出异议");
    }

    @Test
    @DisplayName("演示方案的通报（Word）和结果表（Excel）读得回来：标题、文号、结果表每个单位一行、表扬等次最高的单位")
    void theBulletinAndTheSheetReadBack() throws Exception {
        Users.as(users, "taian");
        Scheme demo = schemes.visible().stream().filter(x -> x.getTitle().equals(DemoAssessments.TITLE)).findFirst().orElseThrow();
        Results.Board board = results.board(demo);
        assertThat(board.rows()).hasSize(8);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(files.bulletin(board, "各被考核单位：\n现将结果通报如下。",
                LocalDate.of(2023, 1, 20))))) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains("泰科协发〔2023〕3号", "关于2022年度科普工作目标责任考核结果的通报", "2023年1月20日");
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(9);
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo(board.rows().get(0).organizationName());
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("1");
            String top = board.rows().get(0).grade();
            String praisedLine = text.get(text.indexOf("对以下考核结果为“" + top + "”的单位予以通报表扬：") + 1);
            board.rows().stream().filter(r -> r.grade().equals(top))
                    .forEach(r -> assertThat(praisedLine).contains(r.organizationName()));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.sheet(board)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("重点任务（50）");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo(board.rows().get(0).organizationName());
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue())
                    .isEqualTo(board.rows().get(0).score().scored().doubleValue());
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
        }
    }

    @Test
    @DisplayName("数据范围：渭南的用户和未被考核的单位按网址打不开泰安的方案；公示前岱岳区打不开泰山区的考核表")
    void dataScopeByUrl() throws Exception {
        Users.as(users, "taian");
        Scheme demo = schemes.visible().stream().filter(x -> x.getTitle().equals(DemoAssessments.TITLE)).findFirst().orElseThrow();
        mvc.perform(get("/assessments/{id}", demo.getId()).with(user(users.loadUserByUsername("weinan")))).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}/results.xlsx", demo.getId()).with(user(users.loadUserByUsername("weinan"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}/units/{u}", demo.getId(), unit(Demo.TAISHAN).getId())
                .with(user(users.loadUserByUsername("daiyue")))).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}/bulletin.docx", demo.getId()).with(user(users.loadUserByUsername("daiyue"))))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("接口：方案连同指标一次提交，第2项指标有误时整个方案都不保存并说明是哪一项；草稿时岱岳区查不到；发布后岱岳区只看到本单位的得分且无名次；自评提交后考核单位评分，调整不写理由被拒绝")
    void theApi() throws Exception {
        Organization taishan = unit(Demo.TAISHAN);
        Organization daiyue = unit(Demo.DAIYUE);
        String units = "[" + taishan.getId() + "," + daiyue.getId() + "]";
        String bad = """
                {"issuerId": %d, "year": 2022, "title": "泰安市科协2022年度接口考核", "unitIds": %s,
                 "indicators": [{"name": "工作落实", "kind": "GROUP"},
                                {"name": "工作总结", "parent": "工作落实", "kind": "MANUAL"}]}
                """.formatted(taishan.getParentId(), units);
        mvc.perform(post("/api/v1/assessments").with(httpBasic("taian", Demo.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("第2项指标：请填写分值（大于0）"));
        mvc.perform(get("/api/v1/assessments").with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(jsonPath("$[?(@.title == '泰安市科协2022年度接口考核')]").isEmpty());

        String good = bad.replace("\"kind\": \"MANUAL\"}", "\"kind\": \"MANUAL\", \"points\": 100}");
        String created = mvc.perform(post("/api/v1/assessments").with(httpBasic("taian", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(good))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.indicators[1].parent").value("工作落实"))
                .andReturn().getResponse().getContentAsString();
        long id = com.jayway.jsonpath.JsonPath.parse(created).read("$.scheme.id", Long.class);
        long summary = com.jayway.jsonpath.JsonPath.parse(created).read("$.indicators[1].id", Long.class);
        mvc.perform(get("/api/v1/assessments/{id}", id).with(httpBasic("daiyue", Demo.PASSWORD))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/assessments/{id}/publish", id).with(httpBasic("taian", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("已发布"));

        mvc.perform(get("/api/v1/assessments/{id}/results", id).with(httpBasic("daiyue", Demo.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ranked").value(false))
                .andExpect(jsonPath("$.rows.length()").value(1)).andExpect(jsonPath("$.rows[0].organization").value(Demo.DAIYUE))
                .andExpect(jsonPath("$.rows[0].rank").doesNotExist());
        mvc.perform(post("/api/v1/assessments/{id}/self-assessment", id).with(httpBasic("daiyue", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"indicatorId\": %d, \"points\": 90, \"note\": \"已报送\"}], \"submit\": true}".formatted(summary)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/assessments/{id}/units/{u}/scores", id, daiyue.getId()).with(httpBasic("taian", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"indicatorId\": %d, \"given\": 85}]}".formatted(summary)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.organization == '%s')].total".formatted(Demo.DAIYUE)).value(85.0));
        mvc.perform(post("/api/v1/assessments/{id}/units/{u}/scores", id, daiyue.getId()).with(httpBasic("daiyue", Demo.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [{\"indicatorId\": %d, \"given\": 100}]}".formatted(summary)))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("复制上年方案的指标，结果显示较上年的变化；岱岳区的工作台有待填的自评；泰山区看得到考核其下属单位的方案，但只看到该单位的结果")
    void copiedFromLastYearComparedAndFollowedFromAbove(@Autowired AssessmentWork work) {
        Users.as(users, "taian");
        Organization daiyue = unit(Demo.DAIYUE);
        Organization branch = unit("泰安市生态环境局泰山分局");
        SchemeForm first = form("泰安市科协2021年度生态科普考核", daiyue, branch);
        first.setIssuerId(daiyue.getParentId());
        Scheme y2021 = schemes.create(first);
        SchemeIndicator item = schemes.addIndicator(y2021.getId(), indicator("生态科普", IndicatorKind.MANUAL, "100"));
        workflow.publish(y2021.getId());
        sheets.score(y2021.getId(), daiyue.getId(), Map.of(item.getId(), new BigDecimal("70")), Map.of(), Map.of());
        workflow.finishScoring(y2021.getId());

        SchemeForm next = form("泰安市科协2022年度生态科普考核", daiyue, branch);
        next.setIssuerId(daiyue.getParentId());
        next.setPreviousId(y2021.getId());
        Scheme y2022 = schemes.create(next);
        List<SchemeIndicator> copied = schemes.indicators(y2022);
        assertThat(copied).extracting(SchemeIndicator::getName, SchemeIndicator::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("生态科普", IndicatorKind.MANUAL));
        workflow.publish(y2022.getId());

        Users.as(users, "daiyue");
        assertThat(work.items()).extracting(i -> i.label()).contains("填写考核自评：泰安市科协2022年度生态科普考核");

        Users.as(users, "taian");
        sheets.score(y2022.getId(), daiyue.getId(), Map.of(copied.get(0).getId(), new BigDecimal("82.5")), Map.of(), Map.of());
        workflow.finishScoring(y2022.getId());
        Results.Board board = results.board(schemes.scheme(y2022.getId()));
        assertThat(board.change(board.of(daiyue.getId()).orElseThrow())).isEqualByComparingTo("12.5");
        assertThat(board.change(board.of(branch.getId()).orElseThrow())).isEqualByComparingTo("0");

        Users.as(users, "taishan");
        Results.Board followed = results.board(schemes.scheme(y2022.getId()));
        assertThat(followed.ranked()).isFalse();
        assertThat(followed.rows()).extracting(Assessing.Result::organizationName).containsExactly("泰安市生态环境局泰山分局");
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    private UnitSheets.Line line(Scheme s, Organization unit, SchemeIndicator indicator) {
        return sheets.sheet(s.getId(), unit.getId()).lines().stream().filter(l -> l.indicator().getId().equals(indicator.getId()))
                .findFirst().orElseThrow();
    }

    /**
     * Reports a correction beside the unit's adopted news items in the checklist (as the unit) — the items themselves
     * are counted from 信息报送; answers what the ledger had before.
     */
    private BigDecimal reportNews(WorkPlan checklist, Organization unit, int correction) {
        Users.as(users, "daiyue");
        Map<String, Object> a = jdbc.queryForMap("select a.id, at.quota_id from assignment a join task t on t.id = a.task_id"
                + " join assignment_target at on at.assignment_id = a.id where t.plan_id = ? and t.number = '12' and a.organization_id = ?",
                checklist.getId(), unit.getId());
        long assignment = ((Number) a.get("id")).longValue();
        long quota = ((Number) a.get("quota_id")).longValue();
        BigDecimal before = planFigures.quota(checklist.getId(), quota).get(unit.getId()).actual();
        ProgressForm f = new ProgressForm();
        f.setState(AssignmentState.IN_PROGRESS);
        f.setText("更正新闻稿件" + correction + "条。");
        f.setValues(new HashMap<>(Map.of(quota, BigDecimal.valueOf(correction))));
        f.setCorrectionReason("测试：在采用计数之外的更正");
        progress.report(assignment, f, List.of());
        return before;
    }

    private Organization unit(String name) {
        return organizations.named(name).orElseThrow();
    }

    private WorkPlan checklist() {
        return plans.visible().stream().filter(p -> p.getTitle().equals("泰安市科协2022年科普工作任务清单")).findFirst().orElseThrow();
    }

    private long newsQuota(WorkPlan checklist, Organization unit) {
        return plans.quotasIssuedBy(checklist.getIssuer().getId()).stream()
                .filter(q -> q.planId() == checklist.getId() && q.label().contains("新闻稿件")).findFirst().orElseThrow().id();
    }

    static SchemeForm form(String title, Organization... units) {
        SchemeForm f = new SchemeForm();
        f.setYear(2022);
        f.setTitle(title);
        f.setIssuerId(units[0].getParentId());
        f.setUnitIds(List.of(units).stream().map(Organization::getId).collect(Collectors.toList()));
        return f;
    }

    static IndicatorForm indicator(String name, IndicatorKind kind, String points) {
        IndicatorForm f = new IndicatorForm();
        f.setName(name);
        f.setKind(kind);
        f.setPoints(points == null ? null : new BigDecimal(points));
        return f;
    }
}
