package cn.kepu.support;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Where every uploaded workbook is opened: streamed, within limits, a few at a time. A 3 MB .xlsx can hold a sheet of
 * 90 MB; read whole, eight of them took 6 GB and every page waited. Here a sheet is read row by row, refused once it
 * passes the rows, columns or cells allowed, and at most {@code kepu.import.concurrent} files are open at once — the
 * next waits a little, then hears "系统繁忙". Each import is timed from opening to closing, by template
 * ({@code kepu_imports_seconds}), and how many are open and waiting are gauges.
 */
@Component
public class Workbooks {

    /** What one workbook may hold. */
    public record Limits(int maxRows, int maxColumns, long maxCells, long maxCharacters, long maxTextBytes,
            long markInPlaceCells) {
    }

    private final Limits limits;
    private final Semaphore permits;
    private final Duration wait;
    private final MeterRegistry meters;

    Workbooks(@Value("${kepu.import.max-rows:100000}") int maxRows,
            @Value("${kepu.import.max-columns:100}") int maxColumns,
            @Value("${kepu.import.max-cells:2000000}") long maxCells,
            @Value("${kepu.import.max-characters:10000000}") long maxCharacters,
            @Value("${kepu.import.max-text:64MB}") DataSize maxText,
            @Value("${kepu.import.mark-in-place-cells:200000}") long markInPlaceCells,
            @Value("${kepu.import.max-entry:512MB}") DataSize maxEntry,
            @Value("${kepu.import.min-inflate-ratio:0.01}") double minInflateRatio,
            @Value("${kepu.import.concurrent:2}") int concurrent,
            @Value("${kepu.import.wait:10s}") Duration wait, MeterRegistry meters) {
        this.limits = new Limits(maxRows, maxColumns, maxCells, maxCharacters, maxText.toBytes(), markInPlaceCells);
        this.permits = new Semaphore(concurrent, true);
        this.wait = wait;
        this.meters = meters;
        Gauge.builder("kepu.imports.open", () -> concurrent - permits.availablePermits())
                .description("Uploaded workbooks being read now").register(meters);
        Gauge.builder("kepu.imports.waiting", permits::getQueueLength)
                .description("Uploaded workbooks waiting for one of kepu.import.concurrent").register(meters);
        // POI's own guards against a zip bomb: no part may inflate past this size, nor at a ratio below this one.
        ZipSecureFile.setMaxEntrySize(maxEntry.toBytes());
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
    }

    /**
     * Opens an uploaded .xlsx as a table (see {@link XlsxUpload#open}); the caller closes it, which lets the next
     * import in.
     */
    public XlsxUpload open(byte[] content, String template, Collection<String> required, Collection<String> optional) {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        Timer.Sample reading = Timer.start(meters);
        Runnable closed = () -> {
            permits.release();
            reading.stop(Timer.builder("kepu.imports").description("Workbook imports, from opening to closing, by template")
                    .tag("template", template).register(meters));
        };
        try {
            return XlsxUpload.open(content, template, required, optional, limits, closed);
        } catch (RuntimeException e) {
            closed.run();
            throw e;
        }
    }

    /** Too many imports at once: the person tries again in a moment; the API answers 503 with Retry-After. */
    public static class Busy extends RuleViolation {

        public Busy() {
            super("file", "系统繁忙：同时进行的导入较多，请稍后再试");
        }
    }
}
