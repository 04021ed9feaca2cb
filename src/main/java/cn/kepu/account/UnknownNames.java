package cn.kepu.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed logins under names no account has, counted as an account's would be: after as many failures the name
 * "locks" for as long, so the login page answers an unknown name exactly as a real one — the 5th failure says the
 * account is now locked, later ones that it is locked. Otherwise five tries would tell which names exist. Kept in
 * memory (a guessed name is not worth a row), bounded, per instance.
 */
@Component
class UnknownNames {

    private static final int MAX_NAMES = 10_000;

    private record Failures(int count, Instant lockedUntil, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final SecurityPolicy policy;
    private final Clock clock;

    UnknownNames(SecurityPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** Counts a failure under this name; true when it locks the name, as an account's 5th failure would. */
    boolean failed(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_NAMES) {
            forgetExpired(now);
        }
        Failures after = failures.compute(key(username), (name, before) -> {
            if (before != null && before.lockedUntil() != null && now.isBefore(before.lockedUntil())) {
                return new Failures(before.count() + 1, before.lockedUntil(), now); // a lock is not extended by tries
            }
            int count = before == null || before.lockedUntil() != null ? 1 : before.count() + 1;
            boolean locks = count >= policy.lockout().maxFailures();
            return new Failures(count, locks ? now.plus(policy.lockout().duration()) : null, now);
        });
        return after.count() == policy.lockout().maxFailures();
    }

    /** Whether this name is "locked" now. */
    boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    /** Whether the last failure under this name is the one that locked it (an account's says so then, not later). */
    boolean lockedJustNow(String username) {
        Failures f = failures.get(key(username));
        return isLocked(username) && f.count() == policy.lockout().maxFailures();
    }

    private void forgetExpired(Instant now) {
        for (Iterator<Failures> it = failures.values().iterator(); it.hasNext(); ) {
            Failures f = it.next();
            if (f.lockedUntil() == null ? f.last().plus(policy.lockout().duration()).isBefore(now) : f.lockedUntil().isBefore(now)) {
                it.remove();
            }
        }
        if (failures.size() >= MAX_NAMES) {
            failures.clear(); // a flood of names: forgetting them costs an attacker's guesses nothing they could use
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase();
    }
}
