package cn.kepu.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.activity.ActivityFigures;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.plan.UnitFigures;
import cn.kepu.plan.WorkPlan;

/**
 * The demo's year-end: 泰安市科协's 2022 assessment of its eight county-level associations, with indicators drawn from
 * the 2022 checklist and 全国科普日, self-assessed, scored, and in 公示 with one objection answered — so the ranking, the
 * chart and the 通报 show real figures.
 */
@Component
@Profile("demo")
@Order(6)
class DemoAssessments implements ApplicationRunner {

    static final String TITLE = "泰安市科协2022年度科普工作目标责任考核";

    private final Schemes schemes;
    private final SchemeManagement management;
    private final UnitSheets sheets;
    private final Workflow workflow;
    private final PlanCatalog plans;
    private final UnitFigures planFigures;
    private final ActivityFigures activities;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;

    DemoAssessments(Schemes schemes, SchemeManagement management, UnitSheets sheets, Workflow workflow, PlanCatalog plans,
            UnitFigures planFigures, ActivityFigures activities, OrganizationDirectory organizations, UserDetailsService users) {
        this.schemes = schemes;
        this.management = management;
        this.sheets = sheets;
        this.workflow = workflow;
        this.plans = plans;
        this.planFigures = planFigures;
        this.activities = activities;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (schemes.count() > 0) {
            return;
        }
        try {
            taian2022();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void taian2022() {
        as("taian");
        Organization taian = organizations.named("泰安市科学技术协会").orElseThrow();
        WorkPlan checklist = plans.visible().stream().filter(p -> p.getTitle().equals("泰安市科协2022年科普工作任务清单"))
                .findFirst().orElseThrow();
        SchemeForm f = new SchemeForm();
        f.setIssuerId(taian.getId());
        f.setYear(2022);
        f.setTitle(TITLE);
        f.setDocumentNumber("泰科协发〔2023〕3号");
        f.setBands("优秀=25%；良好=25%；合格");
        f.setPublicityDays(7);
        f.setUnitIds(management.groups(taian).get("下级科协（含功能区）"));
        Scheme s = management.create(f);
        long key = group(s, "重点任务");
        quota(s, key, "全国科普日活动", "15", checklist, "全国科普日活动", "2", "3");
        quota(s, key, "科普中国信息员", "15", checklist, "信息员", null, null);
        quota(s, key, "科普新闻宣传", "10", checklist, "新闻稿件", null, null);
        IndicatorForm food = indicator("食品安全科普活动", IndicatorKind.ACTIVITIES, key, "10");
        food.setCampaignId(activities.campaignsRunWithin(taian).stream().filter(c -> c.name().equals("2022年全国科普日"))
                .findFirst().orElseThrow().id());
        food.setTopic("食品安全");
        food.setTarget(new BigDecimal("2"));
        food.setGuidance("按平台上审核通过的食品安全活动数计分（全国科普日通知：纳入年度食品安全考核）");
        management.addIndicator(s.getId(), food);
        long work = group(s, "工作落实");
        IndicatorForm onTime = indicator("按时完成任务", IndicatorKind.TIMELINESS, work, "15");
        onTime.setPlanId(checklist.getId());
        onTime.setPerNotice(BigDecimal.ONE);
        management.addIndicator(s.getId(), onTime);
        IndicatorForm summary = indicator("年度工作总结", IndicatorKind.MANUAL, work, "15");
        summary.setGuidance("按时报送年度工作总结，内容完整、数据准确得满分");
        management.addIndicator(s.getId(), summary);
        IndicatorForm bases = indicator("科普阵地建设", IndicatorKind.MANUAL, work, "20");
        bases.setGuidance("科普教育基地、科普e站等阵地建设和使用情况");
        management.addIndicator(s.getId(), bases);
        IndicatorForm praise = indicator("受省级以上表彰", IndicatorKind.BONUS, null, null);
        praise.setEachPoints(new BigDecimal("2"));
        praise.setCap(new BigDecimal("4"));
        management.addIndicator(s.getId(), praise);
        IndicatorForm late = indicator("逾期报送", IndicatorKind.DEDUCTION, null, null);
        late.setEachPoints(new BigDecimal("0.5"));
        late.setCap(new BigDecimal("3"));
        management.addIndicator(s.getId(), late);
        workflow.publish(s.getId());

        Map<String, SchemeIndicator> byName = new HashMap<>();
        management.indicators(s).forEach(i -> byName.put(i.getName(), i));
        long summaryId = byName.get("年度工作总结").getId();
        long basesId = byName.get("科普阵地建设").getId();
        as("taishan");
        sheets.assessSelf(s.getId(), Map.of(summaryId, new BigDecimal("15"), basesId, new BigDecimal("18")),
                Map.of(summaryId, "1月10日报送年度工作总结，全年活动、信息员、新闻宣传数据齐全。", basesId, "新建科普e站12个，科普教育基地开放率100%。"),
                Map.of(), true);
        as("daiyue");
        sheets.assessSelf(s.getId(), Map.of(summaryId, new BigDecimal("14"), basesId, new BigDecimal("17")),
                Map.of(summaryId, "年度工作总结已报送。", basesId, "新建科普e站8个。"), Map.of(), true);

        as("taian");
        String[][] scores = {
                {"泰山区科学技术协会", "14", "18", "1", "0"},
                {"岱岳区科学技术协会", "13", "15", "0", "2"},
                {"新泰市科学技术协会", "13", "17", "1", "0"},
                {"肥城市科学技术协会", "12", "16", "0", "1"},
                {"宁阳县科学技术协会", "12", "14", "0", "0"},
                {"东平县科学技术协会", "11", "15", "0", "1"},
                {"泰安高新技术产业开发区科学技术协会", "12", "12", "0", "0"},
                {"泰安旅游经济开发区科学技术协会", "10", "12", "0", "2"},
        };
        for (String[] row : scores) {
            long unit = organizations.named(row[0]).orElseThrow().getId();
            sheets.score(s.getId(), unit, Map.of(summaryId, new BigDecimal(row[1]), basesId, new BigDecimal(row[2]),
                    byName.get("受省级以上表彰").getId(), new BigDecimal(row[3]), byName.get("逾期报送").getId(), new BigDecimal(row[4])),
                    Map.of(), Map.of());
        }
        workflow.finishScoring(s.getId());
        workflow.openPublicity(s.getId());
        as("daiyue");
        Objection o = workflow.object(s.getId(), "我区9月报送的3条科普新闻稿件未计入“科普新闻宣传”，请核实。");
        as("taian");
        workflow.answer(s.getId(), o.getId(), "经核实，3条稿件报送于2023年1月，不在2022年度考核期内，维持原得分。");
    }

    private long group(Scheme s, String name) {
        return management.addIndicator(s.getId(), indicator(name, IndicatorKind.GROUP, null, null)).getId();
    }

    private void quota(Scheme s, long parent, String name, String points, WorkPlan checklist, String words, String extra, String cap) {
        Organization taishan = organizations.named("泰山区科学技术协会").orElseThrow();
        long quota = plans.quotasIssuedBy(checklist.getIssuer().getId()).stream()
                .filter(q -> q.planId() == checklist.getId() && q.label().contains(words))
                .map(PlanCatalog.QuotaChoice::id).filter(q -> planFigures.quota(checklist.getId(), q).containsKey(taishan.getId()))
                .findFirst().orElseThrow();
        IndicatorForm f = indicator(name, IndicatorKind.QUOTA, parent, points);
        f.setQuotaId(quota);
        if (extra != null) {
            f.setExtraPerTarget(new BigDecimal(extra));
            f.setExtraCap(new BigDecimal(cap));
        }
        f.setGuidance("按任务台账中本单位的完成数与任务数之比计分");
        management.addIndicator(s.getId(), f);
    }

    private static IndicatorForm indicator(String name, IndicatorKind kind, Long parent, String points) {
        IndicatorForm f = new IndicatorForm();
        f.setName(name);
        f.setKind(kind);
        f.setParentId(parent);
        f.setPoints(points == null ? null : new BigDecimal(points));
        return f;
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
