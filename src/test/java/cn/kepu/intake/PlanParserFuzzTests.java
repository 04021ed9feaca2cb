package cn.kepu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The parser must answer every input. Random Unicode, and random documents assembled from the markers, units
 * and punctuation the rules look for (the inputs most likely to reach a corner of a rule), for a bounded time.
 */
class PlanParserFuzzTests {

    private static final String[] PIECES = {"一、", "（一）", "1.", "（1）", "——", "一是", "# ", "**", "\t", "\n", "\n\n",
            "（", "）", "(", ")", "，", "。", "；", "：", "、", "牵头", "负责落实", "按职责分工负责", "责任单位：", "各县市区",
            "不少于", "不超过", "以上", "万", "人次", "项", "%", "-", "—", "至", "月", "日", "年", "上旬", "底", "前", "2022",
            "12", "31", "0", "99999999999999999999", "序号", "工作内容", "完成时限", "科协", "区", "〔2022〕7号", "实施方案",
            "\uD83D\uDE00", "\u0000", "\uFFFD", " ", "　", "１２"};

    @Test
    @DisplayName("随机的文字和随机拼出的“文件”：解析器从不抛出异常，总有结果")
    void neverThrows() {
        Random random = new Random(20261124L);
        long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        PlanParser parser = new PlanParser();
        int runs = 0;
        while (System.nanoTime() < deadline) {
            String input = runs % 2 == 0 ? structured(random) : unicode(random);
            Proposal p = parser.parse(input);
            assertThat(p).as(input).isNotNull();
            assertThat(p.sections()).as(input).isNotNull();
            runs++;
        }
        assertThat(runs).isGreaterThan(100);
    }

    private static String structured(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(200);
        for (int i = 0; i < n; i++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(4) == 0) {
                s.append((char) ('\u4e00' + random.nextInt(0x5000)));
            }
        }
        return s.toString();
    }

    private static String unicode(Random random) {
        int n = random.nextInt(500);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x10FFFF));
        }
        return s.toString().replaceAll("[\\uD800-\\uDFFF](?![\\uDC00-\\uDFFF])", "");
    }
}
