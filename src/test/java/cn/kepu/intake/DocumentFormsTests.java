package cn.kepu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The forms real documents use beyond the seeds (issue #16), one focused case each. */
class DocumentFormsTests {

    final PlanParser parser = new PlanParser();

    Proposal.Task task(Proposal p, String titleStart) {
        return p.tasks().stream().filter(t -> t.title().startsWith(titleStart)).findFirst().orElseThrow(
                () -> new AssertionError("没有任务：" + titleStart + "，只有 " + p.tasks().stream().map(Proposal.Task::title).toList()));
    }

    @Test
    @DisplayName("Markdown 表格（.docx 转出的）：|---| 分隔行，列名“重点任务/时间节点/牵头单位/配合单位”顺序不定、没有序号列")
    void markdownPipeTable() {
        Proposal p = parser.parse("""
                # 2024年某市科协科普日活动任务分工
                | 重点任务 | 牵头单位 | 配合单位 | 时间节点 |
                |:---|---|---|---:|
                | 举办全国科普日主场活动 | 市科协 | 市教育局、市科技局 | 9月15日 |
                | 开展科普进社区活动，全市不少于50场 | 各县区科协 | 各街道办事处 | 9月底前 |
                """);
        assertThat(p.tasks()).hasSize(2);
        Proposal.Task first = task(p, "举办全国科普日主场活动");
        assertThat(first.lead()).containsExactly("市科协");
        assertThat(first.responsible()).containsExactly("市教育局", "市科技局");
        assertThat(first.deadline().end()).isEqualTo(LocalDate.of(2024, 9, 15));
        Proposal.Task second = task(p, "开展科普进社区活动");
        assertThat(second.lead()).containsExactly("各县区科协");
        assertThat(second.deadline().text()).isEqualTo("9月底前");
    }

    @Test
    @DisplayName("条目下另起一行的“牵头单位：”“配合单位：”“完成时限：”")
    void labelledLines() {
        Proposal p = parser.parse("""
                某县科协2023年科普工作要点
                一、科普阵地建设
                1.新建一批科普e站，提升基层科普服务能力。
                牵头单位：县科协
                配合单位：各乡镇人民政府、县教育局
                完成时限：2023年10月底前
                2.开展科普大篷车巡展。
                责任单位：县科技馆
                时间安排：第三季度
                """);
        Proposal.Task first = task(p, "新建一批科普e站");
        assertThat(first.lead()).containsExactly("县科协");
        assertThat(first.responsible()).containsExactly("各乡镇人民政府", "县教育局");
        assertThat(first.deadline().end()).isEqualTo(LocalDate.of(2023, 10, 31));
        Proposal.Task second = task(p, "开展科普大篷车巡展");
        assertThat(second.responsible()).containsExactly("县科技馆");
        assertThat(second.deadline().text()).isEqualTo("第三季度");
        assertThat(second.deadline().end()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(first.title()).doesNotContain("牵头单位");
    }

    @Test
    @DisplayName("Markdown 标题深浅不一（## 一、 与 ### 三、 同级），加粗的条目标题和正文在同一段")
    void mixedHeadingDepths() {
        Proposal p = parser.parse("""
                # 某区科协2025年工作方案
                ## 一、科普活动
                **（一）举办科技活动周。**区科协会同区科技局5月底前举办。
                ### 二、科普队伍
                **（一）壮大科技志愿者队伍。**全年新增志愿者不少于200人（区科协负责）。
                #### **三、保障措施**
                加强组织领导。
                """);
        assertThat(p.sections()).extracting(Proposal.Section::title).startsWith("科普活动", "科普队伍");
        assertThat(p.sections().get(0).sections()).isEmpty();
        assertThat(p.sections().get(1).tasks()).extracting(Proposal.Task::title).containsExactly("壮大科技志愿者队伍");
        assertThat(task(p, "举办科技活动周").deadline().text()).isEqualTo("5月底前");
    }

    @Test
    @DisplayName("句子中间的页码（- 3 -）不打断任务，也不成为文字")
    void pageNumbersInsideASentence() {
        Proposal p = parser.parse("""
                某市科协2022年科普工作任务
                一、重点工作
                1.组织科普讲解大赛，各县区
                - 3 -
                科协9月底前推荐选手参赛（市科协负责）。
                2.开展青少年科技创新大赛（市科协负责）。
                """);
        Proposal.Task first = task(p, "组织科普讲解大赛");
        assertThat(first.text()).contains("各县区科协9月底前推荐选手参赛").doesNotContain("- 3 -");
        assertThat(first.deadline().text()).isEqualTo("9月底前");
        assertThat(p.tasks()).hasSize(2);
    }

    @Test
    @DisplayName("相对于文件年份的时限：“第三季度”“全年”，长期坚持的没有时限")
    void relativeDates() {
        Proposal p = parser.parse("""
                某市科协2021年科普工作要点
                一、工作任务
                1.开展科普示范社区创建，第三季度完成评审（市科协负责）。
                2.全年开展“科普大讲堂”活动（市科技馆负责）。
                3.长期坚持科普志愿服务（各县区科协负责）。
                """);
        assertThat(task(p, "开展科普示范社区创建").deadline().end()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(task(p, "全年开展").deadline().end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(task(p, "长期坚持").deadline()).isNull();
        assertThat(List.of(p.period().start().getYear())).containsExactly(2021);
    }

    @Test
    @DisplayName("单位作句子的主语：标题句后“市科协会同市教育局在…举办”（会同之前的牵头），“由…组织”，“各参与单位要…”，“由…牵头”是牵头单位")
    void unitsAsSubjects() {
        Proposal p = parser.parse("""
                某市科协2022年全国科普日活动方案
                一、主要活动
                1.市级主场活动。市科协会同市教育局在市科技馆举办主场活动，9月17日开幕。
                2.科普进社区。由各县区科协组织开展，9月底前完成。
                3.线上科普。各参与单位要在9月20日前上传活动视频，图片不超过6张。
                4.科普讲解大赛。由市科技馆牵头，10月底前完成决赛。
                二、工作要求
                1.加强组织领导，确保活动安全有序。
                """);
        assertThat(task(p, "市级主场活动").lead()).as("会同之前的牵头").containsExactly("市科协");
        assertThat(task(p, "市级主场活动").responsible()).containsExactly("市教育局");
        assertThat(task(p, "科普进社区").responsible()).containsExactly("各县区科协");
        assertThat(task(p, "线上科普").responsible()).containsExactly("各参与单位");
        assertThat(task(p, "科普讲解大赛").lead()).containsExactly("市科技馆");
        assertThat(task(p, "科普讲解大赛").responsible()).isEmpty();
    }

    @Test
    @DisplayName("①②③条目、行末的“责任单位：…。”，活动安排表（活动名称/举办时间/主办单位，只有主办时它就是责任单位），项目各行不同的表")
    void circledItemsInlineLabelsAndSchedules() {
        Proposal p = parser.parse("""
                某县科协2025年重点工作通知
                一、科普活动
                ①举办科普赶集。全县不少于20场，4月底前完成。责任单位：县科协、县农业农村局。
                ②开展青少年科学调查体验活动。6月底前完成。牵头单位：县教育局；配合单位：县科协。
                二、活动安排
                序号	活动名称	举办时间	主办单位
                1	科技活动周启动仪式	5月20日	县科协
                """);
        Proposal.Task first = task(p, "举办科普赶集");
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.responsible()).containsExactly("县科协", "县农业农村局");
        assertThat(first.deadline().text()).isEqualTo("4月底前");
        Proposal.Task second = task(p, "开展青少年科学调查体验活动");
        assertThat(second.lead()).containsExactly("县教育局");
        assertThat(second.responsible()).containsExactly("县科协");
        Proposal.Task schedule = task(p, "科技活动周启动仪式");
        assertThat(schedule.responsible()).containsExactly("县科协");
        assertThat(schedule.deadline().end()).isEqualTo(LocalDate.of(2025, 5, 20));

        Proposal table = parser.parse("""
                某街道2026年社区科普计划
                序号	时间	项目	内容	责任单位
                1	3—5月	科普之春社区行	在各社区开展科普讲座，每个社区居委会不少于2场	各社区居委会
                2	6月至8月	暑期科学营	组织青少年开展科学实验	街道科协
                """);
        assertThat(table.tasks()).extracting(Proposal.Task::title).containsExactly("科普之春社区行", "暑期科学营");
        assertThat(task(table, "暑期科学营").deadline().end()).isEqualTo(LocalDate.of(2026, 8, 31));
    }
    @Test
    @DisplayName("一段里写的“一是…二是…三是…”是三项任务；编号条目里的“一是…二是…”仍是那一条的内容")
    void ordinalsInOneParagraph() {
        Proposal p = parser.parse("""
                某市老年人科学素质提升行动2023年实施方案
                二、主要任务
                （一）提升老年人信息素养
                一是市卫生健康委会同市科协开展老年人智能技术培训，依托老年大学和科普e站讲授智能手机使用、网上挂号和移动支付等技能，培训老年人不少于3000人次，10月底前完成。二是市教育局要推动老年教育资源进社区，开课班次不少于40个，第三季度完成。三是市科协和市融媒体中心负责制作科普短视频，制作不少于60部，持续推进。
                （二）履行牵头职责
                1.抓好重点人群科学素质提升。一是实施青少年科学素质提升行动。二是实施农民科学素质提升行动（科普部负责）。
                """);
        assertThat(p.tasks()).extracting(Proposal.Task::number).containsExactly("一是", "二是", "三是", "1");
        Proposal.Task first = p.tasks().get(0);
        assertThat(first.lead()).containsExactly("市卫生健康委");
        assertThat(first.responsible()).containsExactly("市科协");
        assertThat(first.deadline().text()).isEqualTo("10月底前");
        assertThat(first.quotas()).extracting(Proposal.Quota::target).extracting(t -> t.intValue()).containsExactly(3000);
        Proposal.Task second = p.tasks().get(1);
        assertThat(second.responsible()).containsExactly("市教育局");
        assertThat(second.deadline().text()).isEqualTo("第三季度");
        Proposal.Task third = p.tasks().get(2);
        assertThat(third.responsible()).containsExactly("市科协", "市融媒体中心");
        assertThat(third.deadline()).isNull();
    }

    @Test
    @DisplayName("顶级标题下只有一段写明谁来做的文字：标题就是任务；只写时间、不写单位的（“二、活动时间”）不是任务")
    void headingOverOneParagraph() {
        Proposal p = parser.parse("""
                某市科协2022年学会工作要点
                一、加强学会党建工作
                市级学会要严格落实党建工作“两个全覆盖”要求，健全学会党组织工作机制，持续推进。
                二、活动时间
                2022年9月15日至21日。
                三、规范学会管理
                市科协学会部会同市民政局开展学会规范化建设专项检查，第三季度完成。
                """);
        assertThat(p.tasks()).extracting(Proposal.Task::title).containsExactly("加强学会党建工作", "规范学会管理");
        assertThat(task(p, "加强学会党建工作").responsible()).containsExactly("市级学会");
        Proposal.Task managing = task(p, "规范学会管理");
        assertThat(managing.lead()).containsExactly("市科协学会部");
        assertThat(managing.responsible()).containsExactly("市民政局");
        assertThat(managing.deadline().end()).isEqualTo(LocalDate.of(2022, 9, 30));
    }

    @Test
    @DisplayName("“每个…”的指标主体读全：县市区、社区居委会、街道办事处；“每个乡镇确定1名”恰好1名；“每家单位”是任务交给的那类单位")
    void quotaPartiesReadWhole() {
        Proposal p = parser.parse("""
                某县2023年科普工作方案
                一、重点任务
                1.开展实用技术培训。各县市区科协要围绕特色产业举办培训，每个县市区不少于3场，第三季度完成。
                2.社区科普活动。每个社区居委会组织活动不少于3场，9月底前完成。
                3.设立科普联络员。县科协负责在乡镇设立科普联络员，每个乡镇确定1名，6月底前完成。
                4.科普教育基地开放。各科普教育基地于9月免费开放，每家单位接待参观不少于200人次。
                5.组建专家服务团。省级各学会要组建专家服务团，每个省级学会至少组建1支，5月底前完成。
                6.推广优良蜂种。由协会技术服务部牵头，各乡镇分会配合，建立蜂种示范场3个，年中完成。
                """);
        assertThat(task(p, "开展实用技术培训").quotas()).extracting(Proposal.Quota::subject).containsExactly("县市区");
        assertThat(task(p, "社区科普活动").quotas()).extracting(Proposal.Quota::subject).containsExactly("社区居委会");
        Proposal.Quota liaison = task(p, "设立科普联络员").quotas().get(0);
        assertThat(liaison.subject()).isEqualTo("乡镇");
        assertThat(liaison.comparator()).isEqualTo("=");
        assertThat(task(p, "科普教育基地开放").quotas()).extracting(Proposal.Quota::subject).containsExactly("科普教育基地");
        Proposal.Quota teams = task(p, "组建专家服务团").quotas().get(0);
        assertThat(teams.subject()).isEqualTo("省级学会");
        assertThat(teams.unit()).isEqualTo("支");
        Proposal.Task bees = task(p, "推广优良蜂种");
        assertThat(bees.lead()).containsExactly("协会技术服务部");
        assertThat(bees.responsible()).containsExactly("各乡镇分会");
        assertThat(bees.deadline().end()).isEqualTo(LocalDate.of(2023, 6, 30));
    }
}
