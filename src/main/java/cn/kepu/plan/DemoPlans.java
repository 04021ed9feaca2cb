package cn.kepu.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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

import cn.kepu.org.OrganizationDirectory;

/**
 * The seeds' plans, published, with progress in every state: 泰安市科协's 2022 checklist (all 18 tasks, the
 * quotas of tasks 1, 10, 12, 13, 15 and 16), part of 泰山区's literacy plan 2021–2025, and a short plan for the
 * current year so that the ledger shows work under way and at risk. Entered as the demo users would.
 */
@Component
@Profile("demo")
@Order(3)
class DemoPlans implements ApplicationRunner {

    private final WorkPlans plans;
    private final PlanManagement management;
    private final Progress progress;
    private final Assignments assignments;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;
    private final Clock clock;

    DemoPlans(WorkPlans plans, PlanManagement management, Progress progress, Assignments assignments,
            OrganizationDirectory organizations, UserDetailsService users, Clock clock) {
        this.plans = plans;
        this.management = management;
        this.progress = progress;
        this.assignments = assignments;
        this.organizations = organizations;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (plans.count() > 0) {
            return;
        }
        try {
            as("taian");
            WorkPlan checklist = checklist2022();
            WorkPlan current = currentYear();
            as("taishan");
            WorkPlan literacy = taishanLiteracy();
            progress2022(checklist);
            progressCurrent(current);
            as("taishan");
            report(literacy, "3", "泰山区科学技术协会", AssignmentState.IN_PROGRESS, "已举办两期科技辅导员培训班。", 30);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private WorkPlan checklist2022() {
        WorkPlan plan = management.create(form(id("泰安市科学技术协会"), "泰安市科协2022年科普工作任务清单", "泰科协发〔2022〕6号",
                2022, 2022, LocalDate.of(2022, 3, 15)));
        long p = plan.getId();
        String all = "各县市区（功能区）科协，各市级学会、高校科协、企业科协，市科协直属各单位，各科普项目示范单位";
        long activities = section(p, "一", "科普活动");
        task(p, activities, "1", "全国科普日活动", "各县市区（功能区）科协策划开展县域主场活动；任务数：各县市区不少于60项，功能区不少于15项，市科协直属单位不少于10项，市级学会不少于5项，2021、2022年度受省市表彰的科普项目示范单位（含拟申报单位）不少于2项，各级科普教育基地不少于2项。",
                "科普部", all + "，各级科普教育基地", "2022年7-10月", "市科协根据活动安排择机组织培训",
                "各县市区科协 活动数 ≥ 60 项", "各功能区科协 活动数 ≥ 15 项", "市科协直属各单位 活动数 ≥ 10 项",
                "各市级学会 活动数 ≥ 5 项", "各科普项目示范单位 活动数 ≥ 2 项", "各级科普教育基地 活动数 ≥ 2 项");
        task(p, activities, "2", "科普之春活动", "围绕主题开展“科技服务进乡村、科学教育进校园和健康科普进社区”三个方面的系列活动。",
                "科普部", "各县市区（功能区）科协，各市级学会、高校科协、企业科协，各科普项目示范单位", "2022年4月底", "该项工作已完成");
        task(p, activities, "3", "科普助力乡村振兴行动", "启动“助力乡村振兴 共建科普联盟”活动，组织专家、科技工作者、志愿者“走基层、进农户、送科技”；联合农业农村部门组织2022年度农民科学素质网络知识竞赛。",
                "科普部", all, "2022年12月", null);
        task(p, activities, "4", "科普助力“双减”行动", "联合教育部门印发《泰安市科普助力“双减”行动实施方案》，利用科技馆、科普教育基地等资源开展校内外科普活动。",
                "科普部", "各县市区（功能区）科协，市科协直属各单位", "2022年12月", null);
        task(p, activities, "5", "泰山科普云课堂", "利用泰山科普微信公众号和新媒体平台开展“短视频”科普；开展科普创作大赛、征集优秀科普音视频作品，建立资源库。",
                "科普部", "各县市区（功能区）科协，各市级学会、高校科协、企业科协", "2022年12月", null);
        task(p, activities, "6", "“全国科技工作者日”科技科普志愿服务系列活动", "到新时代文明实践中心（所、站）等开展科技科普志愿服务；活动名称格式：2022年“全国科技工作者日”科技科普志愿服务系列活动——xxx科技志愿服务队走进xxx新时代文明实践中心（所、站）。",
                "学会部", null, "2022年5月上旬-6月上旬", "该项活动已结束，各地各单位共开展相关活动59场次，参与公众3万余人，发放科普宣传资料6万余份");
        task(p, activities, "7", "第二届泰安市科普创作大赛", "联合教育、科技、工信、文旅等部门举办，征集遴选优秀科普原创作品、培育科普宣讲人才；鼓励县市区（功能区）科协举办属地比赛。",
                "科普部", null, "2022年9月", null);
        task(p, activities, "8", "食品安全科普工作", "围绕“全国食品安全宣传周”“全民营养周”“全国科普日”开展食品安全进农村、进口岸、进校园、进企业、进社区宣传；做好年度食品安全评议工作。",
                "科普部", "各县市区（功能区）科协", "2022年11月", null);
        long outline = section(p, "二", "《全民科学素质纲要》实施工作");
        task(p, outline, "9", "扎实推进《全民科学素质纲要》实施", "各县市区（功能区）科协牵头制定发布本地《科学素质纲要实施方案》；各县市区科协10月底前完成印发，召开科学素质工作会议，分解目标任务。",
                "科普部", "各县市区（功能区）科协", "2022年10月底", null);
        long system = section(p, "三", "完善科普服务工作体系");
        String network = "各县市区（功能区）科协，各高校科协、企业科协，各市级学会，各科普示范单位";
        task(p, system, "10", "加强“科普中国”信息员队伍建设", "年内新增信息员：泰山区3000人，岱岳区2000人，新泰市3000人，肥城市2000人，宁阳县1500人，东平县1500人；功能区、高校科协、企业科协、市级学会和各科普示范单位按属地原则配合注册。",
                "科普部", network, "2022年12月", null,
                "泰山区 新增科普中国信息员 ≥ 3000 人", "岱岳区 新增科普中国信息员 ≥ 2000 人", "新泰市 新增科普中国信息员 ≥ 3000 人",
                "肥城市 新增科普中国信息员 ≥ 2000 人", "宁阳县 新增科普中国信息员 ≥ 1500 人", "东平县 新增科普中国信息员 ≥ 1500 人");
        task(p, system, "11", "加强科技志愿者队伍建设", "志愿者通过中国科技志愿服务平台注册。", "学会部", network, "2022年12月", null);
        task(p, system, "12", "加强科普新闻宣传工作", "年度内报送科普活动宣传信息（新闻稿件）：各县市区科协不低于20条，各功能区科协、高校科协、企业科协不低于10条，省市级科普教育基地、受表彰扶持的基层科普行动计划项目单位及拟申报单位不低于5条。",
                "办公室", "各县市区（功能区）科协，各市级学会、高校科协、企业科协，市科协直属各单位，各级科普教育基地，各科普项目示范单位", "2022年12月", null,
                "各县市区科协 新闻稿件 ≥ 20 条", "各功能区科协 新闻稿件 ≥ 10 条", "各高校科协 新闻稿件 ≥ 10 条", "各企业科协 新闻稿件 ≥ 10 条",
                "各级科普教育基地 新闻稿件 ≥ 5 条", "各科普项目示范单位 新闻稿件 ≥ 5 条");
        task(p, system, "13", "新时代文明实践", "各县市区（功能区）科协成立本级新时代文明实践农业科技志愿服务队，指导乡镇街道建立分队；年度内各县市区科协开展相关活动至少3项，须提供活动材料。",
                "学会部", "各县市区（功能区）科协，各级新时代文明实践农业科技志愿服务队", "2022年7-10月", "活动材料",
                "各县市区科协 活动数 ≥ 3 项");
        task(p, system, "14", "深化“五为”志愿服务", "围绕“为老、为小、为困难群体、为需要心理疏导和情感慰藉群体、为社会公共需要”开展“泰安小美·惠民行”文明实践志愿服务。",
                "学会部", null, "2022年12月", null);
        task(p, system, "15", "文明城市创建复审", "组织开展社会主义核心价值观教育活动，年度内提供活动现场照片不少于1张；会标格式：“2022年泰安市xxx（主题）活动”，须体现社会主义核心价值观内容和设施名称。",
                "办公室", "市科技馆、各级科普教育基地", "2022年7-8月", "材料按照复审要求格式提供",
                "每个责任单位 现场照片 ≥ 1 张");
        task(p, system, "16", "文明城市创建复审", "组织开展科学普及志愿服务活动，年度内各相关县市区科协、相关单位须提供不同活动现场图片不少于3张；会标格式：“2022年泰安市xxx（主题）科普志愿服务活动”。",
                "办公室", "泰山区、岱岳区科协，各市级学会，各科技志愿服务队，各科普项目示范单位，市科协直属各单位", "2022年6-8月", "按照复审要求格式提供",
                "每个责任单位 现场照片 ≥ 3 张");
        long cult = section(p, "四", "反邪教工作");
        task(p, cult, "17", "健全组织网络，丰富宣传形式，加强理论研究，筑牢宣传阵地", "加强基层反邪教协会组织和志愿者组织建设；组织开展2022年度反邪教日周月宣传等活动。",
                "办公室", "各县市区（功能区）科协", "2022年10月", null);
        task(p, cult, "18", "健全组织网络，丰富宣传形式，加强理论研究，筑牢宣传阵地", "加强反邪教资源开发建设和理论研究、文艺创作；做好省反邪教协会课题申报和文艺宣传作品申报。",
                "办公室", "各县市区（功能区）科协，有关市级学会", "2022年12月", null);
        return management.publish(p);
    }

    private WorkPlan taishanLiteracy() {
        WorkPlan plan = management.create(form(id("泰山区科学技术协会"), "泰山区全民科学素质行动规划纲要实施方案（2021-2025年）",
                "泰山政办字〔2022〕7号", 2021, 2025, LocalDate.of(2022, 5, 31)));
        long p = plan.getId();
        long goals = section(p, "一", "总体要求");
        task(p, goals, "1", "公民具备科学素质的比例", "到2025年全区公民具备科学素质的比例不低于18%。", "区科协",
                "区科协", "2025年底", null, "区科协 科学素质比例 ≥ 18 %");
        long actions = section(p, "三", "工作重点与分工");
        task(p, actions, "2", "将弘扬科学精神贯穿于育人全链条", "实施科学家精神进校园行动，将科学精神融入课堂教学和课外实践活动。", null,
                "区委宣传部、区教育和体育局、区融媒体中心、团区委、区科学技术局、区科协", "长期", null);
        task(p, actions, "3", "加大培育力度，大力提升教师队伍科学素质", "完善科技辅导员培训制度，定期开展科技辅导员培训，每年培训科技辅导员不少于50人次。", null,
                "区教育和体育局、区科学技术局、区科协", "每年", null, "每个责任单位 培训人次 ≥ 50 人次");
        task(p, actions, "4", "实施高素质农民培育计划", "分层、分类、多形式开展现代高素质农民农业全产业链培训，培育高素质农民3000人次。", null,
                "区农业农村局、区人力资源和社会保障局、区林业保护发展中心、区水利局、团区委、区妇联、区科学技术局、区科协", "2021-2025年", null,
                "区农业农村局 培训人次 ≥ 3000 人次");
        task(p, actions, "5", "实施智慧助老行动", "普及智能手机应用等实用技术和技能，提升老年人信息获取、识别和使用能力。", null,
                "区委宣传部、区卫生健康局、区工业和信息化局、区农业农村局、区融媒体中心、区科学技术局、区科协", "长期", null);
        return management.publish(p);
    }

    private WorkPlan currentYear() {
        int year = LocalDate.now(clock).getYear();
        WorkPlan plan = management.create(form(id("泰安市科学技术协会"), "泰安市科协" + year + "年科普工作重点任务（演示）", null,
                year, year, LocalDate.of(year, 1, 10)));
        long p = plan.getId();
        long s = section(p, "一", "科普活动");
        task(p, s, "1", "全国科普日活动", "各县市区不少于60项，功能区不少于15项。", "科普部", "各县市区（功能区）科协", year + "年12月",
                null, "各县市区科协 活动数 ≥ 60 项", "各功能区科协 活动数 ≥ 15 项");
        task(p, s, "2", "加强科普新闻宣传工作", "各县市区科协不低于20条。", "办公室", "各县市区科协", "年内", null,
                "各县市区科协 新闻稿件 ≥ 20 条");
        return management.publish(p);
    }

    private void progress2022(WorkPlan plan) {
        as("taishan");
        report(plan, "1", "泰山区科学技术协会", AssignmentState.DONE, "主场活动在泰山区青少年科技活动中心举办，各项活动已在“2022年全国科普日”中登记。", null);
        report(plan, "10", "泰山区科学技术协会", AssignmentState.IN_PROGRESS, "新增信息员按月在“科普中国信息员”中登记，台账自动计数。", null);
        report(plan, "12", "泰山区科学技术协会", AssignmentState.DONE, "新闻稿件在“信息报送”中逐条报送，市科协采用后台账自动计数。", null);
        report(plan, "2", "泰山区科学技术协会", AssignmentState.DONE, "科普之春系列活动已完成。", null);
        as("daiyue");
        report(plan, "1", "岱岳区科学技术协会", AssignmentState.IN_PROGRESS, "已开展的活动在“2022年全国科普日”中登记，其余活动正在组织。", null);
        report(plan, "12", "岱岳区科学技术协会", AssignmentState.IN_PROGRESS, "新闻稿件在“信息报送”中报送，部分稿件正在修改后重新报送。", null);
        as("taian");
        report(plan, "1", "泰安高新技术产业开发区科学技术协会", AssignmentState.DONE, "活动已在“2022年全国科普日”中登记。", null);
        report(plan, "9", "新泰市科学技术协会", AssignmentState.DONE, "《新泰市全民科学素质行动规划纲要实施方案》已于10月印发。", null);
    }

    private void progressCurrent(WorkPlan plan) {
        as("taishan");
        report(plan, "1", "泰山区科学技术协会", AssignmentState.IN_PROGRESS, "已开展的活动在全国科普日活动中逐项登记。", null);
        report(plan, "2", "泰山区科学技术协会", AssignmentState.IN_PROGRESS, "新闻稿件在“信息报送”中逐条报送。", null);
        as("daiyue");
        report(plan, "1", "岱岳区科学技术协会", AssignmentState.IN_PROGRESS, "已开展的活动在全国科普日活动中逐项登记。", null);
        report(plan, "2", "岱岳区科学技术协会", AssignmentState.IN_PROGRESS, "新闻稿件在“信息报送”中逐条报送。", null);
    }

    private void report(WorkPlan plan, String taskNumber, String unit, AssignmentState state, String text, Integer value) {
        Task task = plan.getTasks().stream().filter(t -> taskNumber.equals(t.getNumber())).findFirst().orElseThrow();
        Assignment assignment = assignments.findByTask_IdAndOrganization_Id(task.getId(), id(unit)).orElseThrow();
        ProgressForm form = new ProgressForm();
        form.setState(state);
        form.setText(text);
        if (value != null && !assignment.getTargets().isEmpty()) {
            form.setValues(new HashMap<>(Map.of(assignment.getTargets().get(0).getQuota().getId(), BigDecimal.valueOf(value))));
        }
        progress.report(assignment.getId(), form, List.of());
    }

    private long section(long planId, String number, String title) {
        return management.addSection(planId, null, number, title).getId();
    }

    private void task(long planId, long sectionId, String number, String title, String requirements, String lead,
            String responsible, String deadline, String remarks, String... quotas) {
        TaskForm form = new TaskForm();
        form.setSectionId(sectionId);
        form.setNumber(number);
        form.setTitle(title);
        form.setRequirements(requirements);
        form.setLead(lead);
        form.setResponsible(responsible);
        form.setDeadline(deadline);
        form.setRemarks(remarks);
        form.setQuotas(String.join("\n", quotas));
        management.saveTask(planId, null, form);
    }

    private static PlanForm form(long issuerId, String title, String docNumber, int from, int to, LocalDate issued) {
        PlanForm form = new PlanForm();
        form.setIssuerId(issuerId);
        form.setTitle(title);
        form.setDocNumber(docNumber);
        form.setPeriodFrom(from);
        form.setPeriodTo(to);
        form.setIssueDate(issued);
        return form;
    }

    private long id(String name) {
        return organizations.named(name).orElseThrow(() -> new IllegalStateException(name)).getId();
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
