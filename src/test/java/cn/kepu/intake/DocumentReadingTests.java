package cn.kepu.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DocumentReadingTests {

    @Test
    @DisplayName("读取有上限：字数超限、超时都给出中文说明；超时后读取工作随即停止，不在后台继续占用")
    void readingIsBounded() throws Exception {
        DocumentReading tight = new DocumentReading(DataSize.ofMegabytes(20), 100_000, Duration.ofMillis(1), 1);
        try {
            String table = PlanParserBenchmark.table(400);
            assertThatThrownBy(() -> tight.parse(table)).isInstanceOf(DocumentText.Unreadable.class)
                    .hasMessageContaining("超过可读取的100000个字");
            String shorter = table.substring(0, 99_000);
            assertThatThrownBy(() -> tight.parse(shorter)).isInstanceOf(DocumentText.Unreadable.class)
                    .hasMessageContaining("秒内没有读完，已停止");
            for (int i = 0; i < 200 && tight.running() > 0; i++) {
                Thread.sleep(10);
            }
            assertThat(tight.running()).as("超时的读取已停止").isZero();
        } finally {
            tight.destroy();
        }

        DocumentReading usual = new DocumentReading(DataSize.ofMegabytes(20), 2_000_000, Duration.ofSeconds(30), 2);
        try {
            assertThat(usual.parse(usual.text("plan.txt", "泰安市科协2026年科普工作要点\n一、科普活动\n1.开展全国科普日活动。（各县市区科协负责）\n"
                    .getBytes(StandardCharsets.UTF_8))).tasks()).hasSize(1);
        } finally {
            usual.destroy();
        }
    }
}
