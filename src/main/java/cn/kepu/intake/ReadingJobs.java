package cn.kepu.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Readings a person (or an API client) waits for by asking after them. A servlet is not told when its client goes
 * away — measured: not even an asynchronous one — so a reading is started, the page or client asks after it every
 * second, and one nobody has asked after for {@code kepu.intake.abandoned-after} (15 s) is stopped: a closed tab or a
 * client that gave up leaves no work running. Not less than 15 s: a browser starved for some seconds on a busy
 * machine misses a few asks, and its person must not lose the reading for it. A reading past the time limit is stopped
 * too, with its reason kept for the next look.
 */
@Component
class ReadingJobs {

    /** Where a reading stands: still going, read, or refused with a reason. */
    record Outcome(DocumentReading.Read read, String refusal) {

        boolean done() {
            return read != null || refusal != null;
        }
    }

    /** One reading, whose it is, and what the form held (to show it again if the reading is refused). */
    static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final String name;
        final String text;
        final Long issuerId;
        final Instant started;
        final Future<DocumentReading.Read> work;
        volatile Instant seen;
        volatile boolean timedOut;

        Job(String owner, String name, String text, Long issuerId, Instant started, Future<DocumentReading.Read> work) {
            this.owner = owner;
            this.name = name;
            this.text = text;
            this.issuerId = issuerId;
            this.started = started;
            this.seen = started;
            this.work = work;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final DocumentReading reading;
    private final Clock clock;
    private final Duration abandonedAfter;

    ReadingJobs(DocumentReading reading, Clock clock, @Value("${kepu.intake.abandoned-after:15s}") Duration abandonedAfter) {
        this.reading = reading;
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
    }

    Job start(String owner, String name, byte[] content, String text, Long issuerId) {
        Job job = new Job(owner, name, text, issuerId, clock.instant(), reading.start(name, content, text));
        jobs.put(job.id, job);
        return job;
    }

    /** The reading, if it is this user's and still known; asking after it keeps it going. */
    Optional<Job> look(String id, String owner) {
        Job job = jobs.get(id);
        if (job == null || !job.owner.equals(owner)) {
            return Optional.empty();
        }
        job.seen = clock.instant();
        return Optional.of(job);
    }

    Outcome outcome(Job job) {
        if (!job.work.isDone()) {
            return new Outcome(null, null);
        }
        try {
            return new Outcome(job.work.get(), null);
        } catch (CancellationException e) {
            return new Outcome(null, job.timedOut ? reading.tooLong() : "读取已取消");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "读取已取消");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DocumentText.Unreadable unreadable) {
                return new Outcome(null, unreadable.getMessage());
            }
            if (e.getCause() instanceof PlanParser.Stopped) {
                return new Outcome(null, job.timedOut ? reading.tooLong() : "读取已停止");
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops readings past their time or that nobody asks after; forgets finished ones nobody has looked at for a while. */
    @Scheduled(fixedDelayString = "${kepu.intake.sweep:1s}")
    void sweep() {
        Instant now = clock.instant();
        jobs.values().removeIf(job -> {
            if (!job.work.isDone()) {
                if (now.isAfter(job.started.plus(reading.timeLimit()))) {
                    job.timedOut = true;
                    job.work.cancel(true);
                } else if (now.isAfter(job.seen.plus(abandonedAfter))) {
                    job.work.cancel(true);
                    return true;
                }
                return false;
            }
            return now.isAfter(job.seen.plus(Duration.ofMinutes(2)));
        });
    }
}
