package cn.kepu.intake;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Reading a document into a proposal with bounds: its size, its characters, and its time. The work runs on a small
 * pool of its own; past the time limit it is interrupted — the parser stops at its next line — so nothing keeps
 * running for a request that has been answered, and a few huge documents cannot occupy every request thread.
 */
@Component
class DocumentReading implements DisposableBean {

    private final PlanParser parser = new PlanParser();
    private final long maxBytes;
    private final int maxCharacters;
    private final Duration timeLimit;
    private final ThreadPoolExecutor pool;

    DocumentReading(@Value("${kepu.intake.max-size:20MB}") DataSize maxSize,
            @Value("${kepu.intake.max-characters:2000000}") int maxCharacters,
            @Value("${kepu.intake.time-limit:30s}") Duration timeLimit,
            @Value("${kepu.intake.concurrent:2}") int concurrent) {
        this.maxBytes = maxSize.toBytes();
        this.maxCharacters = maxCharacters;
        this.timeLimit = timeLimit;
        this.pool = new ThreadPoolExecutor(concurrent, concurrent, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "intake-reading");
            t.setDaemon(true);
            return t;
        });
    }

    /** The document's text, or {@link DocumentText.Unreadable} with a Chinese message. */
    String text(String name, byte[] content) {
        return bounded(() -> DocumentText.read(name, content, maxBytes));
    }

    /** The proposal for a text, or {@link DocumentText.Unreadable} when it is too long or takes too long. */
    Proposal parse(String text) {
        if (text != null && text.length() > maxCharacters) {
            throw new DocumentText.Unreadable("文件有" + text.length() + "个字，超过可读取的" + maxCharacters
                    + "个字：请拆分后分别导入，或只粘贴需要的部分");
        }
        return bounded(() -> parser.parse(text));
    }

    int running() {
        return pool.getActiveCount();
    }

    private <T> T bounded(Callable<T> work) {
        Future<T> result = pool.submit(work);
        try {
            return result.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new DocumentText.Unreadable("文件在" + Math.max(1, timeLimit.toSeconds()) + "秒内没有读完，已停止：请拆分后分别导入，或只粘贴需要的部分");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentText.Unreadable("读取已取消");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DocumentText.Unreadable unreadable) {
                throw unreadable;
            }
            if (e.getCause() instanceof PlanParser.Stopped) {
                throw new DocumentText.Unreadable("读取已停止");
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
