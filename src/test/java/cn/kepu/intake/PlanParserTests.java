package cn.kepu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanParserTests {

    final PlanParser parser = new PlanParser();

    static String seed(String name) throws IOException {
        try (InputStream in = PlanParserTests.class.getResourceAsStream("/intake/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    Proposal.Task task(Proposal p, String titleStart) {
        return p.tasks().stream().filter(t -> t.title().startsWith(titleStart)).findFirst().orElseThrow(
                () -> new AssertionError("没有任务：" + titleStart + "，只有 " + p.tasks().stream().map(Proposal.Task::title).toList()));
    }

    @Test
    @DisplayName("泰山区实施方案：标题跨两行、文号、发文单位、期限；“按职责分工负责”的部门；每年50人次、3000人次；基本原则不是任务")
    void taishanLiteracyPlan() throws IOException {
        Proposal p = parser.parse(seed("taishan-literacy-plan-2021-2025.txt"));
        assertThat(p.title()).isEqualTo("泰山区全民科学素质行动规划纲要实施方案（2021-2025年）");
        assertThat(p.docNumber()).isEqualTo("泰山政办字〔2022〕7号");
        assertThat(p.issuer()).isEqualTo("泰安市泰山区人民政府办公室");
        assertThat(p.period()).isEqualTo(new Proposal.Period(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(task(p, "将弘扬科学精神贯穿于育人全链条").responsible())
                .containsExactly("区委宣传部", "区教育和体育局", "区融媒体中心", "团区委", "区科学技术局", "区科协");
        assertThat(task(p, "加大培育力度").quotas()).singleElement().satisfies(q -> {
            assertThat(q.comparator()).isEqualTo(">=");
            assertThat(q.target()).isEqualByComparingTo("50");
            assertThat(q.unit()).isEqualTo("人次");
        });
        assertThat(task(p, "实施高素质农民培育计划").quotas()).extracting(Proposal.Quota::target)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("3000"));
        assertThat(p.tasks()).extracting(Proposal.Task::title).doesNotContain("突出科学精神引领", "突出协同推进");
        assertThat(p.tasks()).hasSizeGreaterThan(25);
    }

    @Test
    @DisplayName("泰安市科协工作方案：跨行标题、“一是”条目、“科普部牵头，县市区、功能区科协负责落实”，保障措施不是任务")
    void taianOpinionsWorkPlan() throws IOException {
        Proposal p = parser.parse(seed("taian-opinions-workplan.txt"));
        assertThat(p.title()).isEqualTo("泰安市科协学习宣传贯彻《关于新时代进一步加强科学技术普及工作的意见》工作方案");
        assertThat(p.issuer()).isEqualTo("泰安市科协");
        assertThat(task(p, "各级党组织带头领学").responsible()).containsExactly("机关党委");
        Proposal.Task second = task(p, "各级科协围绕争取党委政府重视支持");
        assertThat(second.number()).isEqualTo("二是");
        assertThat(second.lead()).containsExactly("科普部");
        assertThat(second.responsible()).containsExactly("县市区、功能区科协");
        assertThat(task(p, "组织收听收看专家解读").lead()).containsExactly("科普部", "学会部");
        assertThat(p.tasks()).extracting(Proposal.Task::title).doesNotContain("加强组织领导");
        assertThat(p.sections()).extracting(Proposal.Section::title).contains("精心组织学习研讨");
    }

    @Test
    @DisplayName("2022年清单（扫描件文字）：表格18行成为任务，时限和“各县市区不少于60项”等指标")
    void scannedChecklistTable() throws IOException {
        Proposal p = parser.parse(seed("taian-2022-checklist.txt"));
        assertThat(p.title()).isEqualTo("2022年度泰安市科协科普工作清单");
        assertThat(p.period().start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(p.tasks()).extracting(Proposal.Task::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18");
        Proposal.Task first = p.tasks().get(0);
        assertThat(first.deadline()).isEqualTo(new Proposal.Deadline("2022年7-10月", LocalDate.of(2022, 7, 1), LocalDate.of(2022, 10, 31)));
        assertThat(first.quotas()).extracting(Proposal.Quota::subject, q -> q.target().intValue())
                .contains(Tuple.tuple("各县市区", 60), Tuple.tuple("功能区", 15),
                        Tuple.tuple("市级学会", 5));
        assertThat(p.tasks().get(9).quotas()).extracting(Proposal.Quota::subject)
                .containsExactly("泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县");
        assertThat(p.tasks().get(5).deadline().end()).isEqualTo(LocalDate.of(2022, 6, 10));
    }

    @Test
    @DisplayName("各种写法：责任单位括号、句首主语、任务中的时限、万/区间/百分比/不超过/以上，事实数字不是指标")
    void theUsualWordings() {
        String text = """
                关于做好2023年科普工作的通知
                一、重点任务
                1.开展科普宣传活动，各县市区不少于60项，功能区不少于15项，10月底前要完成。（责任单位：市科协、市科技局）
                2.组织科普讲解大赛，于9月10日前报送参赛名单，选拔选手10-15名。(区教育局、区科协按职责分工负责)
                3.全区已建成22个全国科普教育基地，新增市级基地3个以上，参与公众1万人次。（科普部牵头，市科技馆配合）
                4.各县市区科协要提升公民科学素质，比例不低于18%，经费不超过20万元，年底前完成。
                """;
        Proposal p = parser.parse(text);
        assertThat(p.title()).isEqualTo("关于做好2023年科普工作的通知");
        Proposal.Task first = task(p, "开展科普宣传活动");
        assertThat(first.responsible()).containsExactly("市科协", "市科技局");
        assertThat(first.deadline().end()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(first.quotas()).extracting(Proposal.Quota::subject).containsExactly("各县市区", "功能区");
        Proposal.Task second = task(p, "组织科普讲解大赛");
        assertThat(second.responsible()).containsExactly("区教育局", "区科协");
        assertThat(second.deadline().end()).isEqualTo(LocalDate.of(2023, 9, 10));
        assertThat(second.quotas()).singleElement().satisfies(q -> {
            assertThat(q.target()).isEqualByComparingTo("10");
            assertThat(q.unit()).isEqualTo("名");
        });
        Proposal.Task third = task(p, "全区已建成22个全国科普教育基地");
        assertThat(third.lead()).containsExactly("科普部");
        assertThat(third.responsible()).containsExactly("市科技馆");
        assertThat(third.quotas()).extracting(q -> q.target().intValue()).containsExactly(3, 10000);
        Proposal.Task fourth = task(p, "各县市区科协要提升公民科学素质");
        assertThat(fourth.responsible()).containsExactly("各县市区科协");
        assertThat(fourth.quotas()).extracting(Proposal.Quota::comparator, q -> q.target().intValue(), Proposal.Quota::unit)
                .containsExactly(Tuple.tuple(">=", 18, "%"), Tuple.tuple("<=", 200000, "元"));
        assertThat(fourth.deadline().end()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    @DisplayName("Markdown 标题和加粗、全角数字与半角括号同样能读")
    void markdownAndMixedPunctuation() {
        Proposal p = parser.parse("""
                # 某县2024年科普工作要点
                ## 一、活动
                **１.** 举办科技活动周，**５月**下旬完成。(县科协负责)
                """);
        assertThat(p.tasks()).singleElement().satisfies(t -> {
            assertThat(t.responsible()).containsExactly("县科协");
            assertThat(t.deadline().end()).isEqualTo(LocalDate.of(2024, 5, 31));
        });
    }

    @Test
    @DisplayName("没有结构的文字：整段放进一个章节，并说明原因")
    void textWithoutStructureStaysWhole() {
        Proposal p = parser.parse("今天天气很好，我们去公园散步。");
        assertThat(p.sections()).singleElement().satisfies(s -> assertThat(s.tasks()).singleElement()
                .satisfies(t -> assertThat(t.text()).isEqualTo("今天天气很好，我们去公园散步。")));
        assertThat(p.notices()).singleElement().asString().contains("没有找到可识别的任务结构");
        assertThat(parser.parse("").notices()).containsExactly("没有可识别的文字");
        assertThat(parser.parse(null).sections()).isEmpty();
    }
}
