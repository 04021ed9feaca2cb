package cn.kepu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each rule kind scores as the scheme says; equal totals share a rank; grades by score and by rank share. */
class ScoringTests {

    static BigDecimal points(String value) {
        return new BigDecimal(value);
    }

    @Test
    @DisplayName("按比例（封顶）：完成45项、目标60项得7.5分（满分10分）；超额完成也只得满分")
    void proportionalCapped() {
        Rule rule = Rule.Proportional.capped();
        assertThat(rule.score(points("10"), Figure.of(45, 60)))
                .isEqualTo(new Rule.Scored(points("7.5"), "完成45，目标60（75%），得7.5分（满分10分）"));
        assertThat(rule.score(points("10"), Figure.of(90, 60)).points()).isEqualByComparingTo("10");
        assertThat(rule.score(points("10"), Figure.of(0, 60)).points()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("按比例（超额加分）：每超出一个目标量加2分，最多加3分：完成90项（目标60）加1分，完成180项只加3分")
    void proportionalWithExtra() {
        Rule rule = new Rule.Proportional(points("2"), points("3"));
        assertThat(rule.score(points("10"), Figure.of(90, 60)))
                .isEqualTo(new Rule.Scored(points("11"), "完成90，目标60（150%），得11分（满分10分，超额加1分）"));
        assertThat(rule.score(points("10"), Figure.of(180, 60)).points()).isEqualByComparingTo("13");
    }

    @Test
    @DisplayName("活动数（按主题计）对目标：审核通过的食品安全活动3项、目标4项，5分的指标得3.75分")
    void countAgainstTarget() {
        assertThat(Rule.Proportional.capped().score(points("5"), Figure.of(3, 4)).points()).isEqualByComparingTo("3.75");
    }

    @Test
    @DisplayName("按时完成：18项中按时完成15项，每份督办单扣1分，收到2份：10分的指标得6.33分；扣分不低于0")
    void timeliness() {
        Rule rule = new Rule.Timeliness(points("1"));
        assertThat(rule.score(points("10"), Figure.of(15, 18).withNotices(2)))
                .isEqualTo(new Rule.Scored(points("6.33"), "按时完成15/18项，收到督办单2份扣2分，得6.33分（满分10分）"));
        assertThat(rule.score(points("10"), Figure.of(1, 18).withNotices(5)).points()).isEqualByComparingTo("0");
        assertThat(rule.score(points("10"), Figure.of(0, 0)).points()).as("没有任务即为全部按时").isEqualByComparingTo("10");
    }

    @Test
    @DisplayName("人工评分：给多少得多少，不能超过指标分值，也不能为负")
    void manual() {
        assertThat(new Rule.Manual().score(points("8"), Figure.given("6.5")).why()).isEqualTo("评分6.5分（满分8分）");
        assertThatThrownBy(() -> new Rule.Manual().score(points("8"), Figure.given("9"))).hasMessage("评分应在0到8分之间");
    }

    @Test
    @DisplayName("加分和扣分各有上限：受省级表彰每次加2分最多加4分，3次只加4分；逾期报送每次扣0.5分最多扣3分，8次只扣3分")
    void adjustmentsAreCapped() {
        assertThat(new Rule.Adjustment(points("2"), points("4")).score(BigDecimal.ZERO, Figure.given("3")))
                .isEqualTo(new Rule.Scored(points("4"), "3次，加4分（最多加4分）"));
        assertThat(new Rule.Adjustment(points("-0.5"), points("3")).score(BigDecimal.ZERO, Figure.given("8")))
                .isEqualTo(new Rule.Scored(points("-3"), "8次，扣3分（最多扣3分）"));
        assertThat(new Rule.Adjustment(points("-0.5"), points("3")).score(BigDecimal.ZERO, Figure.given("2")).points())
                .isEqualByComparingTo("-1");
    }

    @Test
    @DisplayName("指标树：一级指标是二级指标之和，加减分计入总分但不计入满分；没有数据的指标得0分并写明")
    void aTreeAddsUp() {
        Indicator scheme = Indicator.group("2022年度科普工作目标责任考核",
                Indicator.group("科普活动",
                        Indicator.scored("全国科普日活动", "10", Rule.Proportional.capped()),
                        Indicator.scored("食品安全活动", "5", Rule.Proportional.capped())),
                Indicator.scored("工作落实", "10", new Rule.Timeliness(points("1"))),
                Indicator.scored("工作总结", "5", new Rule.Manual()),
                Indicator.adjustment("受省级表彰", new Rule.Adjustment(points("2"), points("4"))));
        assertThat(scheme.points()).isEqualByComparingTo("30");
        Indicator.Score score = scheme.score(Map.of("全国科普日活动", Figure.of(45, 60), "工作落实", Figure.of(18, 18),
                "工作总结", Figure.given("4"), "受省级表彰", Figure.given("1")));
        assertThat(score.scored()).isEqualByComparingTo("23.5");
        assertThat(score.children()).extracting(Indicator.Score::name, s -> s.scored().toPlainString())
                .containsExactly(tuple("科普活动", "7.50"), tuple("工作落实", "10.00"), tuple("工作总结", "4.00"), tuple("受省级表彰", "2.00"));
        assertThat(score.children().get(0).children().get(1).why()).isEqualTo("暂无数据，得0分");
    }

    @Test
    @DisplayName("排名：总分相同的并列同一名次，下一名次跳过（1、2、2、4）；按分数定档：90分以上优秀、80分以上良好、60分以上合格")
    void tiesShareARank() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("泰山区科协", points("92.5"));
        totals.put("岱岳区科协", points("85"));
        totals.put("新泰市科协", points("85.00"));
        totals.put("肥城市科协", points("59"));
        Grades bands = new Grades.ByScore(new LinkedHashMap<>(Map.of("优秀", points("90"))) {
            {
                put("良好", points("80"));
                put("合格", points("60"));
            }
        }, "不合格");
        assertThat(Ranking.of(totals, bands)).extracting(Ranking.Place::unit, Ranking.Place::rank, Ranking.Place::grade)
                .containsExactly(tuple("泰山区科协", 1, "优秀"), tuple("岱岳区科协", 2, "良好"), tuple("新泰市科协", 2, "良好"),
                        tuple("肥城市科协", 4, "不合格"));
    }

    @Test
    @DisplayName("按名次比例定档：8个单位前20%（前2名）优秀，再30%（到第4名）良好，其余合格；并列的同档")
    void gradesByShare() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        String[] units = {"泰山区", "岱岳区", "新泰市", "肥城市", "宁阳县", "东平县", "高新区", "旅游经济开发区"};
        int[] scores = {95, 90, 90, 88, 80, 80, 70, 60};
        for (int i = 0; i < units.length; i++) {
            totals.put(units[i], BigDecimal.valueOf(scores[i]));
        }
        LinkedHashMap<String, BigDecimal> shares = new LinkedHashMap<>();
        shares.put("优秀", points("0.2"));
        shares.put("良好", points("0.3"));
        assertThat(Ranking.of(totals, new Grades.ByShare(shares, "合格"))).extracting(Ranking.Place::rank, Ranking.Place::grade)
                .containsExactly(tuple(1, "优秀"), tuple(2, "优秀"), tuple(2, "优秀"), tuple(4, "良好"), tuple(5, "合格"),
                        tuple(5, "合格"), tuple(7, "合格"), tuple(8, "合格"));
    }

    @Property(tries = 300)
    @Label("任何完成数：按比例得分在0和满分加超额上限之间，完成越多得分不减")
    void proportionalIsBoundedAndMonotone(@ForAll @IntRange(min = 0, max = 1000) int done, @ForAll @IntRange(min = 1, max = 500) int target) {
        Rule rule = new Rule.Proportional(points("2"), points("3"));
        BigDecimal now = rule.score(points("10"), Figure.of(done, target)).points();
        BigDecimal more = rule.score(points("10"), Figure.of(done + 1, target)).points();
        assertThat(now).isBetween(BigDecimal.ZERO, points("13"));
        assertThat(more).isGreaterThanOrEqualTo(now);
    }

    @Property(tries = 200)
    @Label("任何总分：名次从1开始，并列同名次，名次不超过单位数，分高者名次不落后")
    void ranksAreConsistent(@ForAll List<@IntRange(min = 0, max = 20) Integer> scores) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            totals.put("单位" + i, BigDecimal.valueOf(scores.get(i)));
        }
        List<Ranking.Place> places = Ranking.of(totals, new Grades.ByScore(Map.of(), "合格"));
        for (Ranking.Place a : places) {
            assertThat(a.rank()).isBetween(1, places.size());
            for (Ranking.Place b : places) {
                if (a.total().compareTo(b.total()) > 0) {
                    assertThat(a.rank()).isLessThan(b.rank());
                } else if (a.total().compareTo(b.total()) == 0) {
                    assertThat(a.rank()).isEqualTo(b.rank());
                }
            }
        }
    }
}
