package cn.kepu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.attachment.AttachmentKind;
import cn.kepu.attachment.Upload;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.UnitType;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.TestClock;
import cn.kepu.support.Users;

@KepuTest
@Isolated("moves the shared test clock")
class PlanRulesTests {

    @Autowired
    PlanManagement management;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    Progress progress;
    @Autowired
    Ledger ledger;
    @Autowired
    WorkPlans plans;
    @Autowired
    Assignments assignments;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    WorkPlan checklist() {
        return plans.findAll().stream().filter(p -> p.getTitle().contains("2022") && p.getTitle().contains("清单")).findFirst().orElseThrow();
    }

    Task task(WorkPlan plan, String number) {
        return plan.getTasks().stream().filter(t -> number.equals(t.getNumber())).findFirst().orElseThrow();
    }

    Assignment assignment(WorkPlan plan, String number, String unit) {
        return assignments.findByTask_IdAndOrganization_Id(task(plan, number).getId(),
                organizations.named(unit).orElseThrow().getId()).orElseThrow();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    WorkPlan draft(String issuer, int year) {
        PlanForm form = new PlanForm();
        form.setIssuerId(id(issuer));
        form.setTitle(Demo.unique("测试计划"));
        form.setPeriodFrom(year);
        return management.create(form);
    }

    WorkPlan reload(WorkPlan plan) {
        return plans.findById(plan.getId()).orElseThrow();
    }

    TaskForm taskForm(String title, String responsible, String deadline, String quotas) {
        TaskForm form = new TaskForm();
        form.setTitle(title);
        form.setResponsible(responsible);
        form.setDeadline(deadline);
        form.setQuotas(quotas);
        return form;
    }

    @Test
    @DisplayName("演示数据：2022年清单有18项任务，任务1、10、12、13、15、16的指标与清单一致，并已发布分解")
    void demoChecklistCarriesTheSeedsQuotas() {
        Users.as(users, "taian");
        WorkPlan plan = checklist();
        assertThat(plan.getTasks()).hasSize(18);
        assertThat(plan.getState()).isEqualTo(PlanState.PUBLISHED);
        assertThat(task(plan, "1").getQuotas()).extracting(Quota::describe).containsExactly(
                "各县市区科协 活动数 ≥ 60项", "各功能区科协 活动数 ≥ 15项", "市科协直属各单位 活动数 ≥ 10项",
                "各市级学会 活动数 ≥ 5项", "各科普项目示范单位 活动数 ≥ 2项", "各级科普教育基地 活动数 ≥ 2项");
        assertThat(task(plan, "10").getQuotas()).extracting(Quota::describe).contains("泰山区科协 新增科普中国信息员 ≥ 3000人",
                "东平县科协 新增科普中国信息员 ≥ 1500人");
        assertThat(task(plan, "9").getDeadline().end()).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(task(plan, "6").getDeadline().start()).isEqualTo(LocalDate.of(2022, 5, 1));

        for (String county : List.of(Demo.TAISHAN, Demo.DAIYUE, "新泰市科学技术协会", "肥城市科学技术协会", "宁阳县科学技术协会",
                "东平县科学技术协会")) {
            assertThat(assignment(plan, "1", county).getTargets()).as(county).singleElement()
                    .satisfies(t -> assertThat(t.getTarget()).isEqualByComparingTo("60"));
        }
        for (String zone : List.of("泰安高新技术产业开发区科学技术协会", "泰安旅游经济开发区科学技术协会")) {
            assertThat(assignment(plan, "1", zone).getTargets()).as(zone).singleElement()
                    .satisfies(t -> assertThat(t.getTarget()).isEqualByComparingTo("15"));
        }
        assertThat(assignment(plan, "1", "泰安市农学会").getTargets()).singleElement()
                .satisfies(t -> assertThat(t.getTarget()).isEqualByComparingTo("5"));
        assertThat(assignment(plan, "10", Demo.DAIYUE).getTargets()).singleElement()
                .satisfies(t -> assertThat(t.getTarget()).isEqualByComparingTo("2000"));
        assertThat(assignments.findByTask_IdAndOrganization_Id(task(plan, "1").getId(), id("渭南市科技馆"))).isEmpty();
    }

    @Test
    @DisplayName("读不懂的时限、缺少目标值的指标、找不到的责任单位：各有提示，任务一项都不保存")
    void badTaskInputIsRefusedWhole() {
        Users.as(users, "taian");
        WorkPlan plan = draft(Demo.TAIAN, 2026);
        TaskForm form = taskForm("全国科普日活动", "各县市区科协，不存在的单位", "尽快完成", "各县市区科协 活动数 ≥  项");
        assertThatThrownBy(() -> management.saveTask(plan.getId(), null, form)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.problems()).extracting(Throwable::getMessage).containsExactlyInAnyOrder(
                        "无法识别完成时限“尽快完成”：可写作“2022年12月”“2022年10月底”“2022年7-10月”“2022年5月上旬-6月上旬”“9月10日前”“8月15日至9月25日”“9月15-21日”“年内”“每年”“每季度末”或“长期”",
                        "找不到责任单位“不存在的单位”：请填写系统中的单位名称（或简称），或“各县市区（功能区）科协”“各市级学会”等类别",
                        "第1行指标“各县市区科协 活动数 ≥  项”缺少目标值"));
        assertThat(plans.findById(plan.getId()).orElseThrow().getTasks()).isEmpty();
    }

    @Test
    @DisplayName("发布时类别选择不到任何单位则拒绝发布，计划仍是草稿、没有分解")
    void selectorMatchingNothingStopsPublication() {
        Users.as(users, "weinan");
        WorkPlan plan = draft(Demo.WEINAN, 2026);
        management.saveTask(plan.getId(), null, taskForm("学会科普活动", "各市级学会", "2026年12月", ""));
        assertThatThrownBy(() -> management.publish(plan.getId())).isInstanceOf(RuleViolation.class)
                .hasMessage("任务学会科普活动：“各市级学会”在渭南市科学技术协会下没有对应的单位");
        assertThat(plans.findById(plan.getId()).orElseThrow().getState()).isEqualTo(PlanState.DRAFT);
        assertThat(assignments.findByTask_Plan_Id(plan.getId())).isEmpty();
    }

    @Test
    @DisplayName("发布后新增的单位，只要符合责任单位类别，也得到任务分解和它的指标")
    void unitsAddedLaterJoinPublishedPlans() {
        Users.as(users, "weinan");
        WorkPlan plan = draft(Demo.WEINAN, 2026);
        management.saveTask(plan.getId(), null, taskForm("全国科普日活动", "各县市区科协", "2026年9月15-21日", "各县市区科协 活动数 ≥ 20 项"));
        management.publish(plan.getId());
        assertThat(assignments.findByTask_Plan_Id(plan.getId())).hasSize(2);
        WorkPlan published = reload(plan);

        Users.as(users, "admin");
        OrganizationForm unit = new OrganizationForm();
        unit.setName(Demo.unique("蒲城县科学技术协会"));
        unit.setUnitType(UnitType.ASSOCIATION);
        unit.setLevel(OrgLevel.COUNTY);
        unit.setParentId(id(Demo.WEINAN));
        unit.setRegionCode("610526");
        Organization created = organizationManagement.create(unit);
        assertThat(assignments.findByTask_IdAndOrganization_Id(published.getTasks().get(0).getId(), created.getId()))
                .hasValueSatisfying(a -> assertThat(a.getTargets().get(0).getTarget()).isEqualByComparingTo("20"));
    }

    @Test
    @DisplayName("读一次就存：文件导入的任务读成草稿时已确定单位，之后单位改了名，存下的仍是读到的那个单位，不再按文字重读")
    void aDraftIsStoredAsRead() {
        Users.as(users, "admin");
        OrganizationForm unit = new OrganizationForm();
        String name = Demo.unique("泰安市科普讲师团");
        unit.setName(name);
        unit.setUnitType(UnitType.MEMBER_UNIT);
        unit.setLevel(OrgLevel.CITY);
        unit.setParentId(id(Demo.TAIAN));
        unit.setRegionCode("370900");
        Organization team = organizationManagement.create(unit);
        WorkPlan plan = draft(Demo.TAIAN, 2026);
        TaskForm form = taskForm("科普讲座进社区", name, "2026年10月底", name + " 活动数 ≥ 12 场");
        TaskDraft read = management.readTask(plan.getId(), form);

        unit.setName(name + "（已更名）");
        unit.setVersion(team.getVersion());
        organizationManagement.update(team.getId(), unit);
        assertThatThrownBy(() -> management.readTask(plan.getId(), form)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining(name);
        Task stored = management.saveTask(plan.getId(), read);
        assertThat(stored.getParties()).singleElement().satisfies(p -> assertThat(p.getOrganization().getId()).isEqualTo(team.getId()));
        assertThat(stored.getQuotas()).singleElement().satisfies(q -> {
            assertThat(q.getTarget()).isEqualByComparingTo("12");
            assertThat(q.getBound()).isEqualTo(Bound.AT_LEAST);
        });
        assertThat(stored.getDeadline().text()).isEqualTo("2026年10月底");
    }

    @Test
    @DisplayName("已发布的计划不能再改、已关闭的不能再填报，提示说清楚计划的状态（不是“计划已已发布”）")
    void aPublishedPlanSaysSoInPlainWords() {
        Users.as(users, "taian");
        WorkPlan plan = draft(Demo.TAIAN, 2026);
        management.saveTask(plan.getId(), null, taskForm("科普讲座", "岱岳区", "2026年12月", "岱岳区 活动数 ≥ 2 项"));
        management.publish(plan.getId());
        PlanForm head = new PlanForm();
        head.setIssuerId(id(Demo.TAIAN));
        head.setTitle("改标题");
        head.setPeriodFrom(2026);
        assertThatThrownBy(() -> management.update(plan.getId(), head)).hasMessage("计划已发布，不能再修改");
        management.close(plan.getId());
        Users.as(users, "daiyue");
        ProgressForm form = new ProgressForm();
        form.setState(AssignmentState.IN_PROGRESS);
        Assignment a = assignments.findByTask_IdAndOrganization_Id(reload(plan).getTasks().get(0).getId(), id(Demo.DAIYUE))
                .orElseThrow();
        assertThatThrownBy(() -> progress.report(a.getId(), form, List.of())).hasMessage("计划已关闭，不能再填报");
    }

    @Test
    @DisplayName("分解指标：合计超过本单位目标则拒绝，不足则提示；下级完成数汇总到上级")
    void decompositionChecksTheSumAndRollsUp() {
        Users.as(users, "taian");
        WorkPlan plan = draft(Demo.TAIAN, 2026);
        management.saveTask(plan.getId(), null, taskForm("志愿服务活动", "泰山区", "2026年12月", "泰山区 活动数 ≥ 10 项"));
        management.publish(plan.getId());
        Assignment taishan = assignments.findByTask_Plan_Id(plan.getId()).get(0);
        long quota = taishan.getTargets().get(0).getQuota().getId();
        long team = id("泰山区新时代文明实践农业科技志愿服务队");
        long base = id("泰山区科普教育基地（泰山区青少年科技活动中心）");

        Users.as(users, "taishan");
        assertThatThrownBy(() -> progress.decompose(taishan.getId(), List.of(
                new Progress.Share(team, Map.of(quota, new BigDecimal("8"))), new Progress.Share(base, Map.of(quota, new BigDecimal("5"))))))
                .isInstanceOf(RuleViolation.class).hasMessage("活动数分解合计13项，超过本单位目标10项");
        assertThat(progress.children(taishan.getId())).isEmpty();

        List<String> warnings = progress.decompose(taishan.getId(), List.of(
                new Progress.Share(team, Map.of(quota, new BigDecimal("4"))), new Progress.Share(base, Map.of(quota, new BigDecimal("3")))));
        assertThat(warnings).containsExactly("活动数分解合计7项，少于本单位目标10项，差额由本单位直接完成");
        Assignment teamPart = assignments.findByTask_IdAndOrganization_Id(taishan.getTask().getId(), team).orElseThrow();

        ProgressForm report = new ProgressForm();
        report.setValues(new HashMap<>(Map.of(quota, new BigDecimal("3"))));
        progress.report(teamPart.getId(), report, List.of());
        ProgressForm parentValues = new ProgressForm();
        parentValues.setValues(new HashMap<>(Map.of(quota, new BigDecimal("1"))));
        assertThatThrownBy(() -> progress.report(taishan.getId(), parentValues, List.of()))
                .hasMessage("此任务已分解到下级单位，完成数由下级单位填报后汇总");

        List<LedgerRow> rows = ledger.rows(LedgerFilter.of(plan.getId()));
        assertThat(rows).extracting(LedgerRow::level, LedgerRow::organizationName, r -> r.actual().intValue(), r -> r.target().intValue())
                .containsExactly(
                        Tuple.tuple(0, "合计（1个责任单位）", 3, 10),
                        Tuple.tuple(1, Demo.TAISHAN, 3, 10),
                        Tuple.tuple(2, "泰山区新时代文明实践农业科技志愿服务队", 3, 4),
                        Tuple.tuple(2, "泰山区科普教育基地（泰山区青少年科技活动中心）", 0, 3));
    }

    @Test
    @DisplayName("其他模块发布的计数变化立即计入台账；同一来源记录再次发布是替换，不计任何指标是撤回")
    void contributionsFromOtherModulesCountAtOnce(@Autowired ApplicationEventPublisher events) {
        Users.as(users, "taian");
        WorkPlan plan = draft(Demo.TAIAN, 2026);
        management.saveTask(plan.getId(), null, taskForm("科普日", "岱岳区", "2026年12月", "岱岳区 活动数 ≥ 10 项"));
        management.publish(plan.getId());
        long quota = reload(plan).getTasks().get(0).getQuotas().get(0).getId();
        long daiyue = id(Demo.DAIYUE);
        assertThat(ledger.rows(LedgerFilter.of(plan.getId())).get(1).state()).isEqualTo(AssignmentState.NOT_STARTED);
        events.publishEvent(counts("1", new QuotaContribution(quota, daiyue, "registry", "1", BigDecimal.ONE)));
        // 1/10 counted and nothing reported: it has started (not "1/10项 · 未开始"), and the state filters agree.
        assertThat(ledger.rows(LedgerFilter.of(plan.getId())).get(1).state()).isEqualTo(AssignmentState.IN_PROGRESS);
        assertThat(ledger.page(new LedgerFilter(plan.getId(), null, null, AssignmentState.NOT_STARTED, null), 0, 50).rows()).isEmpty();
        assertThat(ledger.page(new LedgerFilter(plan.getId(), null, null, AssignmentState.IN_PROGRESS, null), 0, 50).rows())
                .extracting(LedgerRow::organizationName).contains(Demo.DAIYUE);
        events.publishEvent(counts("2", new QuotaContribution(quota, daiyue, "registry", "2", BigDecimal.ONE)));
        events.publishEvent(counts("2", new QuotaContribution(quota, daiyue, "registry", "2", BigDecimal.ONE)));
        assertThat(ledger.rows(LedgerFilter.of(plan.getId())).get(1).actual()).isEqualByComparingTo("2");
        events.publishEvent(counts("1"));
        assertThat(ledger.rows(LedgerFilter.of(plan.getId())).get(1).actual()).isEqualByComparingTo("1");
    }

    private static ContributionsChanged counts(String ref, QuotaContribution... contributions) {
        // A source no CountedSource derives (a registry module, say): its rows are records, kept by a recount.
        return ContributionsChanged.of("registry", ref, List.of(contributions));
    }

    @Test
    @DisplayName("证明材料按内容判断类型：改了扩展名的文本文件、超过大小限制的文件被拒绝，整次填报都不保存")
    void evidenceIsCheckedByContent() {
        Users.as(users, "daiyue");
        Assignment a = assignment(checklist(), "1", Demo.DAIYUE);
        int before = progress.reports(a.getId()).size();
        ProgressForm form = new ProgressForm();
        form.setText("补充材料");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertThatThrownBy(() -> progress.report(a.getId(), form, List.of(new Upload("现场.png", png),
                new Upload("现场照片.jpg", "这不是图片".getBytes()))))
                .hasMessage("“现场照片.jpg”不是可接受的证明材料：照片应为 jpg、png 或 webp，文件应为 pdf、docx 或 xlsx（按文件内容判断，而非文件名）");
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        large[0] = '%'; large[1] = 'P'; large[2] = 'D'; large[3] = 'F'; large[4] = '-';
        assertThatThrownBy(() -> progress.report(a.getId(), form, List.of(new Upload("总结.pdf", large))))
                .hasMessage("“总结.pdf”超过20MB，请压缩后上传");
        assertThat(progress.reports(a.getId())).hasSize(before);

        ProgressReport saved = progress.report(a.getId(), form, List.of(new Upload("现场.png", png)));
        assertThat(progress.files(List.of(saved)).get(saved.getId())).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(AttachmentKind.PHOTO);
            assertThat(f.contentType()).isEqualTo("image/png");
            assertThat(progress.file(a.getId(), saved.getId(), f.id()).bytes()).isEqualTo(png);
        });
    }

    @Test
    @DisplayName("台账标记：过了截止日未完成为逾期；时间过半而完成不足为滞后（固定时钟）")
    void overdueAndAtRiskFlags(@Autowired TestClock clock) {
        Users.as(users, "taian");
        int year = LocalDate.now().getYear() + 1;
        WorkPlan plan = draft(Demo.TAIAN, year);
        // A measure nothing counts (新闻稿件 would be counted from 信息报送): the figures are the units' own.
        management.saveTask(plan.getId(), null, taskForm("科普讲座", "泰山区、岱岳区", year + "年1月1日-" + year + "年12月31日",
                "泰山区 科普讲座 ≥ 20 场\n岱岳区 科普讲座 ≥ 20 场"));
        plan = management.publish(plan.getId());
        long quota1 = plan.getTasks().get(0).getQuotas().get(0).getId();
        long quota2 = plan.getTasks().get(0).getQuotas().get(1).getId();
        Users.as(users, "taishan");
        ProgressForm f = new ProgressForm();
        f.setValues(new HashMap<>(Map.of(quota1, new BigDecimal("12"))));
        progress.report(assignments.findByTask_IdAndOrganization_Id(plan.getTasks().get(0).getId(), id(Demo.TAISHAN)).orElseThrow().getId(), f, List.of());
        Users.as(users, "daiyue");
        f.setValues(new HashMap<>(Map.of(quota2, new BigDecimal("5"))));
        progress.report(assignments.findByTask_IdAndOrganization_Id(plan.getTasks().get(0).getId(), id(Demo.DAIYUE)).orElseThrow().getId(), f, List.of());

        Users.as(users, "taian");
        try {
            clock.at(LocalDate.of(year, 7, 1).atStartOfDay(clock.getZone()).toInstant());
            List<LedgerRow> midYear = ledger.rows(LedgerFilter.of(plan.getId()));
            assertThat(midYear.get(1).organizationName()).isEqualTo(Demo.TAISHAN);
            assertThat(midYear.get(1).atRisk()).as("60% 完成，时间过半：不滞后").isFalse();
            assertThat(midYear.get(2).atRisk()).as("25% 完成，时间过半：滞后").isTrue();
            assertThat(midYear.get(2).daysLeft()).isEqualTo(183);
            assertThat(ledger.rows(new LedgerFilter(plan.getId(), null, null, null, "at-risk")))
                    .extracting(LedgerRow::organizationName).containsExactly("合计（2个责任单位）", Demo.DAIYUE);

            clock.at(LocalDate.of(year + 1, 1, 2).atStartOfDay(clock.getZone()).toInstant());
            List<LedgerRow> after = ledger.rows(LedgerFilter.of(plan.getId()));
            assertThat(after.subList(1, 3)).allSatisfy(r -> {
                assertThat(r.overdue()).isTrue();
                assertThat(r.atRisk()).isFalse();
            });
        } finally {
            clock.reset();
        }
    }

    @Test
    @DisplayName("区科协在自己的计划中承接市里下达的任务；承接未下达给本单位的任务被拒绝")
    void ownTasksCarryOutAssignedOnes(@Autowired Tasks tasks) {
        Users.as(users, "taishan");
        WorkPlan own = draft(Demo.TAISHAN, 2022);
        Task assigned = task(checklist(), "1");
        TaskForm form = taskForm("泰山区全国科普日主场活动", "泰山区科普教育基地（泰山区青少年科技活动中心）", "2022年9月15-21日", "");
        form.setParentTaskId(assigned.getId());
        Task carried = management.saveTask(own.getId(), null, form);
        assertThat(tasks.findByParentTaskIdAndPlan_Issuer_Id(assigned.getId(), id(Demo.TAISHAN)))
                .extracting(Task::getId).containsExactly(carried.getId());
        assertThat(management.assignedToIssuer(own)).extracting(a -> a.getTask().getId()).contains(assigned.getId());

        TaskForm wrong = taskForm("承接别的任务", "泰山区科学技术局", "2022年12月", "");
        wrong.setParentTaskId(task(checklist(), "15").getId());
        assertThatThrownBy(() -> management.saveTask(own.getId(), null, wrong))
                .hasMessage("承接的上级任务应是下达给泰山区科学技术协会的任务");
    }

    @Test
    @DisplayName("台账分页：每页是完整的任务组（合计行和它的责任单位），各页拼起来就是整个台账")
    void ledgerPagesKeepTaskGroupsWhole() {
        Users.as(users, "taian");
        LedgerFilter filter = LedgerFilter.of(checklist().getId());
        List<LedgerRow> all = ledger.rows(filter);
        Ledger.Page first = ledger.page(filter, 0, 50);
        assertThat(first.totalPages()).isGreaterThan(1);
        assertThat(first.rows().get(0).level()).isZero();
        List<LedgerRow> joined = new ArrayList<>();
        for (int n = 0; n < first.totalPages(); n++) {
            Ledger.Page page = ledger.page(filter, n, 50);
            assertThat(page.rows().get(0).level()).as("每页从合计行开始").isZero();
            assertThat(page.rows().size()).as("除非一个任务组本身超过50行").satisfiesAnyOf(
                    size -> assertThat(size).isLessThanOrEqualTo(50),
                    size -> assertThat(page.rows().stream().filter(r -> r.level() == 0).count()).isEqualTo(1));
            joined.addAll(page.rows());
        }
        assertThat(joined).extracting(LedgerRow::taskId, LedgerRow::assignmentId, LedgerRow::actual)
                .containsExactlyElementsOf(all.stream().map(r -> Tuple.tuple(r.taskId(), r.assignmentId(), r.actual())).toList());
        assertThat(first.totalAssignments()).isEqualTo(all.stream().filter(r -> r.level() > 0).count());
        assertThat(ledger.allRows(filter)).as("导出用的投影查询与页面的结果一致").isEqualTo(all);
    }
    @Test
    @DisplayName("台账分页：一个任务组超过一页时独占若干页，每页先列它的合计行，各页的单位行拼起来就是这个任务组")
    void aTaskGroupLargerThanAPageSpreadsOverPagesOfItsOwn() {
        Users.as(users, "taian");
        for (LedgerFilter filter : List.of(LedgerFilter.of(checklist().getId()),
                new LedgerFilter(checklist().getId(), null, null, AssignmentState.NOT_STARTED, null))) {
            List<LedgerRow> all = ledger.rows(filter);
            int size = 4;
            assertThat(all.stream().filter(r -> r.level() == 0).map(LedgerRow::taskId).distinct()
                    .anyMatch(task -> all.stream().filter(r -> r.taskId() == task).count() > size))
                    .as("演示台账中有超过%d行的任务组", size).isTrue();
            Ledger.Page first = ledger.page(filter, 0, size);
            List<LedgerRow> joined = new ArrayList<>();
            for (int n = 0; n < first.totalPages(); n++) {
                List<LedgerRow> rows = ledger.page(filter, n, size).rows();
                assertThat(rows).as("第%d页", n + 1).hasSizeLessThanOrEqualTo(size);
                assertThat(rows.get(0).level()).as("每页从合计行开始").isZero();
                LedgerRow total = rows.get(0);
                if (!joined.isEmpty() && joined.get(joined.size() - 1).taskId() == total.taskId()) {
                    rows = rows.subList(1, rows.size());
                }
                joined.addAll(rows);
            }
            assertThat(joined).extracting(LedgerRow::taskId, LedgerRow::assignmentId, LedgerRow::actual)
                    .containsExactlyElementsOf(all.stream().map(r -> Tuple.tuple(r.taskId(), r.assignmentId(), r.actual())).toList());
        }
    }
}
