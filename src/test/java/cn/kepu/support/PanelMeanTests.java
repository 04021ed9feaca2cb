package cn.kepu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PanelMeanTests {

    static List<BigDecimal> points(String... p) {
        return Arrays.stream(p).map(BigDecimal::new).toList();
    }

    @Test
    @DisplayName("不到五个评分取平均；五个及以上去掉一个最高分和一个最低分再平均，保留一位小数（四舍五入）")
    void trimmedFromFive() {
        assertThat(PanelMean.of(List.of())).isEmpty();
        assertThat(PanelMean.of(points("88.5"))).contains(new BigDecimal("88.5"));
        assertThat(PanelMean.of(points("60", "100", "70", "90"))).contains(new BigDecimal("80.0"));
        assertThat(PanelMean.of(points("10", "80", "80", "80", "100"))).contains(new BigDecimal("80.0"));
        assertThat(PanelMean.of(points("99.9", "85.5", "86", "84.5", "0"))).contains(new BigDecimal("85.3"));
        assertThat(PanelMean.of(points("60", "70", "80", "90", "100", "95"))).contains(new BigDecimal("83.8"));
        assertThat(PanelMean.of(points("70", "70", "70", "70", "71"))).as("两个相同的最低分只去掉一个").contains(new BigDecimal("70.0"));
    }
}
