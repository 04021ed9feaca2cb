package cn.kepu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** By when a task is due, as its text says ({@link DeadlinePhrases}); the year is the document's. */
class DeadlinePhrasesTests {

    @Test
    @DisplayName("没有年份的日期用文件的年份；几个日期取最晚的")
    void latestInTheDocumentsYear() {
        Proposal.Deadline d = DeadlinePhrases.latest("5月17日启动，5月24日前报送总结", 2026, 2026);
        assertThat(d.text()).isEqualTo("5月24日前");
        assertThat(d.end()).isEqualTo(LocalDate.of(2026, 5, 24));
    }

    @Test
    @DisplayName("季度、半年、年中、年底")
    void partsOfTheYear() {
        assertThat(DeadlinePhrases.latest("第三季度完成", 2023, 2023).end()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(DeadlinePhrases.latest("下半年组织", 2019, 2019).end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(DeadlinePhrases.latest("建立示范场3个，年中完成", 2019, 2019).end()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(DeadlinePhrases.latest("年底前完成", 2024, 2024).end()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    @DisplayName("“全年开展”“该项工作全年实施”是全年；“贯穿全年的”不是时限；有具体日期时“全年”是指标的期间")
    void wholeYear() {
        assertThat(DeadlinePhrases.latest("该项工作全年实施", 2025, 2025).text()).isEqualTo("全年");
        assertThat(DeadlinePhrases.latest("开展贯穿全年的科普活动", 2025, 2025)).isNull();
        assertThat(DeadlinePhrases.latest("全年开展不少于10场，12月底前完成", 2025, 2025).text()).isEqualTo("12月底前");
    }

    @Test
    @DisplayName("长期坚持、持续推进没有时限")
    void noDeadline() {
        assertThat(DeadlinePhrases.latest("定期开展义诊，持续推进", 2023, 2023)).isNull();
        assertThat(DeadlinePhrases.latest("曝光典型案例，长期坚持", 2023, 2023)).isNull();
    }
}
