package cn.kepu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import cn.kepu.support.TestClock;

/** Readings are bounded: by characters, by time, and by someone still waiting for them. */
class DocumentReadingTests {

    final TestClock clock = new TestClock(ZoneId.of("Asia/Shanghai"));

    static ReadingJobs.Outcome waitFor(ReadingJobs jobs, ReadingJobs.Job job) throws InterruptedException {
        for (int i = 0; i < 500 && !jobs.outcome(job).done(); i++) {
            Thread.sleep(10);
        }
        return jobs.outcome(job);
    }

    static void stopped(DocumentReading reading) throws InterruptedException {
        for (int i = 0; i < 300 && reading.running() > 0; i++) {
            Thread.sleep(10);
        }
        assertThat(reading.running()).as("读取工作已停止，不在后台继续占用").isZero();
    }

    @Test
    @DisplayName("读取有上限：字数超限、超过时限都给出中文说明；超时的读取随即停止")
    void readingIsBounded() throws Exception {
        DocumentReading tight = new DocumentReading(DataSize.ofMegabytes(20), 100_000, Duration.ofSeconds(30), 1, new SimpleMeterRegistry());
        ReadingJobs jobs = new ReadingJobs(tight, clock, Duration.ofSeconds(5));
        try {
            String table = PlanParserBenchmark.table(400);
            ReadingJobs.Job tooMany = jobs.start("taian", "表格.txt", null, table, 1L);
            assertThat(waitFor(jobs, tooMany).refusal()).contains("超过可读取的100000个字");

            ReadingJobs.Job slow = jobs.start("taian", "表格.txt", null, table.substring(0, 99_000), 1L);
            clock.advance(Duration.ofSeconds(31));
            jobs.sweep();
            assertThat(jobs.look(slow.id, "taian")).as("the reason is kept for the next look").isPresent();
            assertThat(waitFor(jobs, slow).refusal()).isEqualTo("文件在30秒内没有读完，已停止：请拆分后分别导入，或只粘贴需要的部分");
            stopped(tight);
        } finally {
            tight.destroy();
        }
    }

    @Test
    @DisplayName("没人等的读取会停下：页面关了或接口调用方不再查询，5秒后读取停止；一直有人查询的照常读完，别人的读取看不到")
    void aReadingNobodyWaitsForStops() throws Exception {
        DocumentReading reading = new DocumentReading(DataSize.ofMegabytes(20), 2_000_000, Duration.ofSeconds(30), 1, new SimpleMeterRegistry());
        ReadingJobs jobs = new ReadingJobs(reading, clock, Duration.ofSeconds(5));
        try {
            String table = PlanParserBenchmark.table(400);
            ReadingJobs.Job left = jobs.start("taian", "表格.txt", null, table, 1L);
            clock.advance(Duration.ofSeconds(6));
            jobs.sweep();
            assertThat(jobs.look(left.id, "taian")).as("abandoned: stopped and forgotten").isEmpty();
            stopped(reading);

            ReadingJobs.Job watched = jobs.start("taian", "plan.txt", "泰安市科协2026年科普工作要点\n一、科普活动\n1.开展全国科普日活动。（各县市区科协负责）\n"
                    .getBytes(StandardCharsets.UTF_8), null, 1L);
            assertThat(jobs.look(watched.id, "daiyue")).as("另一个用户").isEmpty();
            clock.advance(Duration.ofSeconds(3));
            assertThat(jobs.look(watched.id, "taian")).isPresent();
            clock.advance(Duration.ofSeconds(3));
            jobs.sweep();
            ReadingJobs.Outcome done = waitFor(jobs, watched);
            assertThat(done.refusal()).isNull();
            assertThat(done.read().proposal().tasks()).hasSize(1);
        } finally {
            reading.destroy();
        }
    }
}
