package cn.kepu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.kepu.plan.Deadline.Recurrence;
import cn.kepu.support.RuleViolation;

class DeadlineTests {

    @ParameterizedTest(name = "{0} → {1} … {2}")
    @DisplayName("文件中的各种完成时限写法都读成起止日期（年份缺省取计划的第一年 2022）")
    @CsvSource(nullValues = "-", value = {
            "2022年12月,            -,          2022-12-31",
            "2022年10月底,          -,          2022-10-31",
            "2022年4月底,           -,          2022-04-30",
            "2024年2月底,           -,          2024-02-29",
            "2022年7-10月,          2022-07-01, 2022-10-31",
            "2022年6-8月,           2022-06-01, 2022-08-31",
            "2022年7－8月,          2022-07-01, 2022-08-31",
            "2022年5月上旬-6月上旬, 2022-05-01, 2022-06-10",
            "2022年5月中旬,         2022-05-11, 2022-05-20",
            "2022年2月下旬,         2022-02-21, 2022-02-28",
            "9月10日前,             -,          2022-09-10",
            "9月10日以前,           -,          2022-09-10",
            "10月底前,              -,          2022-10-31",
            "8月15日至9月25日,      2022-08-15, 2022-09-25",
            "8月15日—9月25日,       2022-08-15, 2022-09-25",
            "9月15-21日,            2022-09-15, 2022-09-21",
            "9月15日-21日,          2022-09-15, 2022-09-21",
            "2023年9月15－21日,     2023-09-15, 2023-09-21",
            "2022年9月,             -,          2022-09-30",
            "２０２２年１１月,      -,          2022-11-30",
            "十月底,                -,          2022-10-31",
            "十二月底前,            -,          2022-12-31",
            "年内,                  2022-01-01, 2022-12-31",
            "2023年年内,            2023-01-01, 2023-12-31",
            "2022年底,              -,          2022-12-31",
            "年底前,                -,          2022-12-31",
            "2021-2025年,           2021-01-01, 2025-12-31",
            "2021年—2025年,         2021-01-01, 2025-12-31",
            "上半年,                -,          2022-06-30",
            "2022年下半年,          2022-07-01, 2022-12-31",
            "第三季度,              2022-07-01, 2022-09-30",
            "10月初,                2022-10-01, 2022-10-10",
            "2022年11月30日,        -,          2022-11-30",
    })
    void readsTheDocumentsForms(String text, LocalDate start, LocalDate end) {
        Deadline deadline = Deadline.parse(text, 2022, 2022);
        assertThat(deadline.text()).isEqualTo(text);
        assertThat(deadline.start()).isEqualTo(start);
        assertThat(deadline.end()).isEqualTo(end);
        assertThat(deadline.recurrence()).isEqualTo(Recurrence.ONCE);
    }

    @Test
    @DisplayName("“长期”没有截止日期，永不逾期")
    void longTermHasNoEnd() {
        Deadline deadline = Deadline.parse("长期", 2021, 2025);
        assertThat(deadline.isOpenEnded()).isTrue();
        assertThat(deadline.dueOn(LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    @DisplayName("“每年”“每季度末”在计划期内按年、按季度重复，到期日随当前日期而定")
    void recurringDeadlinesFallDuePerPeriod() {
        Deadline yearly = Deadline.parse("每年", 2021, 2025);
        assertThat(yearly.recurrence()).isEqualTo(Recurrence.YEARLY);
        assertThat(yearly.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(yearly.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(yearly.dueOn(LocalDate.of(2023, 5, 6))).contains(LocalDate.of(2023, 12, 31));
        assertThat(yearly.windowStartOn(LocalDate.of(2023, 5, 6), null)).contains(LocalDate.of(2023, 1, 1));

        Deadline quarterly = Deadline.parse("每季度末", 2021, 2025);
        assertThat(quarterly.recurrence()).isEqualTo(Recurrence.QUARTERLY);
        assertThat(quarterly.dueOn(LocalDate.of(2022, 5, 6))).contains(LocalDate.of(2022, 6, 30));
        assertThat(quarterly.dueOn(LocalDate.of(2022, 11, 1))).contains(LocalDate.of(2022, 12, 31));
        assertThat(quarterly.windowStartOn(LocalDate.of(2022, 11, 1), null)).contains(LocalDate.of(2022, 10, 1));
        assertThat(quarterly.dueOn(LocalDate.of(2027, 3, 1))).as("计划期结束后不再顺延").contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    @DisplayName("只写截止日的时限，工作窗口从计划开始算起")
    void pointDeadlinesRunFromThePlanStart() {
        Deadline deadline = Deadline.parse("2022年10月底", 2022, 2022);
        assertThat(deadline.windowStartOn(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 1, 1))).contains(LocalDate.of(2022, 1, 1));
    }

    @ParameterizedTest
    @DisplayName("读不懂的时限被拒绝，提示中写出原文和可用的写法")
    @ValueSource(strings = {"尽快", "2022年13月", "9月32日", "下个月", "10月-8月", "2022年2月30日", "2025-2021年", "随时", "Q3"})
    void refusesWhatItCannotRead(String text) {
        assertThatThrownBy(() -> Deadline.parse(text, 2022, 2022)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("无法识别完成时限“" + text + "”").hasMessageContaining("2022年10月底");
    }

    @Test
    @DisplayName("没有写时限的任务没有截止日期")
    void blankIsNone() {
        assertThat(Deadline.parse("  ", 2022, 2022).isPresent()).isFalse();
    }
}
