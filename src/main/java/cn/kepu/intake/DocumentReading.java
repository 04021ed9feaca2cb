package cn.kepu.intake;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reading a document into a proposal with bounds: its size and its characters here, its time and its being waited
 * for in {@link ReadingJobs}. The work runs on a small pool of its own, so a few huge documents cannot occupy every
 * request thread; cancelled, it is interrupted and the parser stops at its next line.
 * Each reading is timed ({@code kepu_intake_seconds} by source and outcome); those waiting and running are gauges.
 */
@Component
class DocumentReading implements DisposableBean {

    private final PlanParser parser = new PlanParser();
    private final long maxBytes;
    private final int maxCharacters;
    private final Duration timeLimit;
    private final ThreadPoolExecutor pool;
    private final MeterRegistry meters;

    DocumentReading(@Value("${kepu.intake.max-size:20MB}") DataSize maxSize,
            @Value("${kepu.intake.max-characters:2000000}") int maxCharacters,
            @Value("${kepu.intake.time-limit:30s}") Duration timeLimit,
            @Value("${kepu.intake.concurrent:2}") int concurrent, MeterRegistry meters) {
        this.maxBytes = maxSize.toBytes();
        this.maxCharacters = maxCharacters;
        this.timeLimit = timeLimit;
        this.pool = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "intake-reading");
            t.setDaemon(true);
            return t;
        });
        this.meters = meters;
        Gauge.builder("kepu.intake.waiting", () -> pool.getQueue().size())
                .description("Documents waiting for one of kepu.intake.concurrent readers").register(meters);
        Gauge.builder("kepu.intake.reading", pool::getActiveCount).description("Documents being read now").register(meters);
    }

    /** What a reading gives: the document's text and the proposal read from it. */
    record Read(String source, Proposal proposal) {
    }

    /**
     * Starts reading on the pool: a file ({@code content}) or pasted text. The future fails with
     * {@link DocumentText.Unreadable}; cancelling it interrupts the work, which stops at its next line. Whoever
     * started it bounds it ({@link ReadingJobs}: its time limit, and a reading nobody waits for any more).
     */
    Future<Read> start(String name, byte[] content, String pasted) {
        return pool.submit(() -> {
            Timer.Sample reading = Timer.start(meters);
            String outcome = "unreadable";
            try {
                String source = content != null ? DocumentText.read(name, content, maxBytes) : pasted;
                if (source.length() > maxCharacters) {
                    throw new DocumentText.Unreadable("文件有" + source.length() + "个字，超过可读取的" + maxCharacters
                            + "个字：请拆分后分别导入，或只粘贴需要的部分");
                }
                Read read = new Read(source, parser.parse(source));
                outcome = "read";
                return read;
            } finally {
                if (Thread.currentThread().isInterrupted()) {
                    outcome = "stopped";
                }
                reading.stop(Timer.builder("kepu.intake").description("Documents read into proposals, by source and outcome")
                        .tag("source", content != null ? "file" : "pasted").tag("outcome", outcome).register(meters));
            }
        });
    }

    Duration timeLimit() {
        return timeLimit;
    }

    /** The words for a reading stopped at the time limit. */
    String tooLong() {
        return "文件在" + Math.max(1, timeLimit.toSeconds()) + "秒内没有读完，已停止：请拆分后分别导入，或只粘贴需要的部分";
    }

    int running() {
        return pool.getActiveCount();
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
