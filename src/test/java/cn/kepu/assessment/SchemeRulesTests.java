package cn.kepu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kepu.support.RuleViolation;

/** The rules of a well-defined scheme and indicator, without a database: every problem at once, in Chinese. */
class SchemeRulesTests {

    static final SchemeRules.Choices NONE = new SchemeRules.Choices(Set.of(), Set.of(), Set.of());

    @Test
    @DisplayName("等次：按分数的分数线要从高到低，按比例的合计不超过100%，两种写法不能混用；写对的按统一格式保存")
    void bands() {
        assertThat(BandsText.read("优秀 = 90, 良好=80，合格＝60；不合格")).get()
                .satisfies(b -> assertThat(b.text()).isEqualTo("优秀=90；良好=80；合格=60；不合格"));
        assertThat(BandsText.read("优秀=20%；良好=30％；合格")).get().satisfies(b -> {
            assertThat(b.byShare()).isTrue();
            assertThat(b.limits().get("良好")).isEqualByComparingTo("0.3");
        });
        assertThat(BandsText.read("优秀=20%；良好=80；合格")).isEmpty();
        assertThat(BandsText.read("优秀=90；良好=80")).as("the last band is the rest, without a limit").isEmpty();
        SchemeForm f = form();
        f.setBands("优秀=80；良好=90；合格");
        assertThatThrownBy(() -> SchemeRules.scheme(f, null, null, false, Set.of(1L), null))
                .hasMessage("按分数划分等次时，分数线应从高到低");
        f.setBands("优秀=60%；良好=50%；合格");
        assertThatThrownBy(() -> SchemeRules.scheme(f, null, null, false, Set.of(1L), null)).hasMessage("各等次的比例合计超过100%");
    }

    @Test
    @DisplayName("方案的问题一次全说：没有名称、年度不对、总分为0、公示天数超过30天、没有被考核单位")
    void everyProblemOfASchemeAtOnce() {
        SchemeForm f = new SchemeForm();
        f.setYear(1999);
        f.setTotalPoints(BigDecimal.ZERO);
        f.setPublicityDays(31);
        assertThatThrownBy(() -> SchemeRules.scheme(f, null, null, false, Set.of(), null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems()).extracting(RuleViolation::field)
                        .containsExactly("title", "year", "totalPoints", "publicityDays", "unitIds"));
    }

    @Test
    @DisplayName("指标：最多两级，上级须是“下设指标”的一级指标；超额加分要有上限；活动数目标须为正整数；加分项要有每次分数和上限")
    void indicators() {
        Scheme s = new Scheme(null, null);
        s.apply(form(), BandsText.read(BandsText.DEFAULT).orElseThrow());
        IndicatorForm nested = indicator("二级下的一级", IndicatorKind.GROUP, null);
        nested.setParentId(7L);
        SchemeIndicator group = stored(7L, "重点任务", IndicatorKind.GROUP);
        assertThatThrownBy(() -> SchemeRules.indicator(nested, s, null, List.of(group), NONE))
                .hasMessage("指标最多两级：下设指标的一级指标不能放在其他指标之下");

        IndicatorForm activities = indicator("活动数", IndicatorKind.ACTIVITIES, "10");
        activities.setCampaignId(3L);
        activities.setTarget(new BigDecimal("2.5"));
        activities.setExtraPerTarget(BigDecimal.ONE);
        assertThatThrownBy(() -> SchemeRules.indicator(activities, s, null, List.of(), new SchemeRules.Choices(Set.of(), Set.of(), Set.of(3L))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems()).extracting(RuleViolation::getMessage)
                        .containsExactly("请填写目标活动数（正整数）", "有超额加分时，请填写最多加的分数"));

        IndicatorForm news = indicator("信息采用", IndicatorKind.NEWS_POINTS, "10");
        assertThatThrownBy(() -> SchemeRules.indicator(news, s, null, List.of(), NONE)).hasMessage("请填写目标积分（大于0）");

        IndicatorForm bonus = indicator("受表彰", IndicatorKind.BONUS, null);
        assertThatThrownBy(() -> SchemeRules.indicator(bonus, s, null, List.of(), NONE))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.problems()).extracting(RuleViolation::getMessage)
                        .containsExactly("请填写每次加的分数（大于0）", "请填写最多加的分数（大于0）"));

        IndicatorForm twice = indicator("重点任务", IndicatorKind.MANUAL, "10");
        assertThatThrownBy(() -> SchemeRules.indicator(twice, s, null, List.of(group), NONE)).hasMessage("方案中已有名为“重点任务”的指标");
    }

    private static SchemeForm form() {
        SchemeForm f = new SchemeForm();
        f.setTitle("考核");
        f.setYear(2022);
        f.setUnitIds(List.of(1L));
        return f;
    }

    private static IndicatorForm indicator(String name, IndicatorKind kind, String points) {
        return SchemeTests.indicator(name, kind, points);
    }

    private static SchemeIndicator stored(long id, String name, IndicatorKind kind) {
        SchemeIndicator i = new SchemeIndicator(1L, 1);
        i.apply(indicator(name, kind, null));
        org.springframework.test.util.ReflectionTestUtils.setField(i, "id", id);
        return i;
    }
}
