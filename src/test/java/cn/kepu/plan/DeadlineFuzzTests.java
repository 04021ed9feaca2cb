package cn.kepu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kepu.support.RuleViolation;

/**
 * The deadline parser answers every text: a deadline, or a refusal in Chinese naming the text — never another
 * exception, never a start after the end, never a slow case. Random texts assembled from the words and numbers its
 * rules look for (and stray Unicode), and random plan years, for a bounded time.
 */
class DeadlineFuzzTests {

    private static final String[] PIECES = {"2022", "2026", "9999", "0", "1", "12", "13", "29", "30", "31", "32", "年", "月",
            "日", "号", "上旬", "中旬", "下旬", "底", "末", "初", "前", "以前", "之前", "-", "—", "～", "至", "到", "、", "，", "和",
            "每月", "每季度", "每年", "每半年", "年内", "全年", "长期", "持续推进", "常态化", "第一季度", "第四季度", "上半年",
            "下半年", "春节", "国庆", "寒假", "暑假", "开学", "即日起", "（", "）", "(", ")", " ", "　", "１２", "〇", "二〇二二",
            "十二", "\uD83D\uDE00", "\u0000", "\n", "99999999999"};

    @Test
    @DisplayName("随机拼出的完成时限：要么读成时限（开始不晚于结束），要么得到指明原文的中文说明，从不抛出别的异常，每条都很快")
    void everyTextIsAnswered() {
        Random random = new Random(20261204L);
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        int runs = 0;
        int read = 0;
        while (System.nanoTime() < end) {
            String text = text(random);
            int from = 1990 + random.nextInt(60);
            int to = from + random.nextInt(6);
            long started = System.nanoTime();
            try {
                Deadline deadline = Deadline.parse(text, from, to);
                if (deadline.start() != null && deadline.end() != null) {
                    assertThat(deadline.start()).as(text).isBeforeOrEqualTo(deadline.end());
                }
                read++;
            } catch (RuleViolation refusal) {
                assertThat(refusal.getMessage()).as(text).containsPattern("\\p{IsHan}").doesNotContain("Exception");
            } catch (RuntimeException e) {
                fail("“" + text + "”（" + from + "—" + to + "）: " + e);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as(text).isLessThan(Duration.ofMillis(500));
            runs++;
        }
        assertThat(runs).isGreaterThan(1000);
        assertThat(read).as("some random texts are deadlines").isPositive();
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10) == 0 ? Character.toString(random.nextInt(0x80, 0x10000)) : PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString().replaceAll("[\\uD800-\\uDFFF]", "");
    }
}
