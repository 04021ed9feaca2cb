package cn.kepu.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A token bucket per client address: {@code perMinute} requests a minute, refilled continuously, bursts up to the
 * same number. Answers how many seconds to wait when a request must be refused. Kept per app instance; the
 * addresses remembered are bounded, the longest unseen forgotten first.
 */
final class RequestThrottle {

    private static final int REMEMBERED = 20_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > REMEMBERED;
        }
    };

    private static final class Bucket {
        double tokens;
        Instant at;

        Bucket(double tokens, Instant at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RequestThrottle(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one request's token for {@code client}; empty if it may go ahead, else the seconds until it may. */
    synchronized OptionalLong take(String client) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
        double perSecond = perMinute / 60.0;
        // A clock set back (an NTP step, a test) refills nothing rather than taking tokens away.
        long elapsed = Math.max(0, Duration.between(bucket.at, now).toMillis());
        bucket.tokens = Math.min(perMinute, bucket.tokens + elapsed / 1000.0 * perSecond);
        bucket.at = now.isAfter(bucket.at) ? now : bucket.at;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perSecond)));
    }
}
