package cn.kepu.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ten one-time recovery codes per account, for a lost or broken phone. Shown once when issued; stored as password
 * hashes, so the database does not hold them. A code is 10 characters without look-alikes (no 0/o, 1/l/i), about
 * 49 bits, written {@code abcde-fghjk}; case, spaces and dashes are ignored when typed.
 */
@Component
class RecoveryCodeBook {

    static final int COUNT = 10;
    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RecoveryCodes codes;
    private final PasswordEncoder encoder;
    private final Clock clock;

    RecoveryCodeBook(RecoveryCodes codes, PasswordEncoder encoder, Clock clock) {
        this.codes = codes;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Replaces the account's codes with ten new ones, returned in clear this once. */
    @Transactional
    List<String> issue(Long accountId) {
        codes.deleteByAccountId(accountId);
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < LENGTH; c++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.save(new RecoveryCode(accountId, encoder.encode(code.toString())));
            issued.add(code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2));
        }
        return issued;
    }

    /** Spends the typed code if it is one of the account's unused ones; returns how many remain then. */
    @Transactional
    Optional<Long> spend(Long accountId, String typed) {
        String normal = normalize(typed);
        if (normal.length() != LENGTH) {
            return Optional.empty();
        }
        List<RecoveryCode> unused = codes.findByAccountIdAndUsedAtIsNull(accountId);
        for (RecoveryCode code : unused) {
            // Spent only if still unused: of two requests with the same code, one wins.
            if (encoder.matches(normal, code.getCodeHash()) && codes.spend(code.getId(), clock.instant()) == 1) {
                return Optional.of(unused.size() - 1L);
            }
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    long remaining(Long accountId) {
        return codes.countByAccountIdAndUsedAtIsNull(accountId);
    }

    @Transactional
    void discard(Long accountId) {
        codes.deleteByAccountId(accountId);
    }

    static boolean looksLikeOne(String typed) {
        return normalize(typed).length() == LENGTH;
    }

    private static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
