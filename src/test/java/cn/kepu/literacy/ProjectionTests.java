package cn.kepu.literacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

class ProjectionTests {

    static Projection.Point p(int year, String rate) {
        return new Projection.Point(year, new BigDecimal(rate));
    }

    @Test
    @DisplayName("泰山区2022—2024年测得15.2、16.4、17.3：最小二乘直线每年升1.05个百分点，2025年可达18.40%，不低于18%的目标可完成")
    void taishan() {
        Projection p = Projection.of(List.of(p(2022, "15.2"), p(2023, "16.4"), p(2024, "17.3")), 2025, new BigDecimal("18")).orElseThrow();
        assertThat(p.projected()).isEqualByComparingTo("18.40");
        assertThat(p.words()).isEqualTo("按2022—2024年趋势2025年可达 18.40%，可完成");
    }

    @Test
    @DisplayName("只有一次测评不推算；下降的趋势给出“难以完成”；比例推算不会超出0—100")
    void edges() {
        assertThat(Projection.of(List.of(p(2024, "17.3")), 2025, new BigDecimal("18"))).isEmpty();
        assertThat(Projection.of(List.of(p(2023, "17"), p(2024, "16")), 2025, new BigDecimal("18")).orElseThrow().words())
                .isEqualTo("按2023—2024年趋势2025年可达 15.00%，难以完成");
        assertThat(Projection.of(List.of(p(2023, "60"), p(2024, "95")), 2035, null).orElseThrow().projected()).isEqualByComparingTo("100");
        assertThat(Projection.of(List.of(p(2023, "10"), p(2024, "2")), 2035, null).orElseThrow().projected()).isEqualByComparingTo("0");
    }

    @Property(tries = 200)
    @Label("测得的点恰在一条直线上时，推算值就是这条直线在目标年份的值")
    void pointsOnALineProjectOnIt(@ForAll @IntRange(min = 2000, max = 2020) int first, @ForAll @IntRange(min = 2, max = 6) int count,
            @ForAll @BigRange(min = "1", max = "20") BigDecimal start, @ForAll @BigRange(min = "0", max = "2") BigDecimal perYear) {
        BigDecimal a = start.setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal b = perYear.setScale(2, java.math.RoundingMode.HALF_UP);
        List<Projection.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(new Projection.Point(first + i, a.add(b.multiply(BigDecimal.valueOf(i)))));
        }
        int target = first + count + 1;
        BigDecimal expected = a.add(b.multiply(BigDecimal.valueOf(count + 1L))).min(BigDecimal.valueOf(100));
        assertThat(Projection.of(points, target, null).orElseThrow().projected())
                .isCloseTo(expected, org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
    }
}
