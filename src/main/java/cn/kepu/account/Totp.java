package cn.kepu.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238) as the authenticator apps make them: HMAC-SHA1, a 30-second step,
 * 6 digits. A code is accepted for the step before and after the current one too, because a phone's clock drifts
 * and a person types slowly; and only for a step later than the last one used, so a code seen over a shoulder or
 * in a log cannot be used again.
 */
@Component
class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    /** Steps either side of now that still count. */
    static final int DRIFT = 1;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final Clock clock;

    Totp(Clock clock) {
        this.clock = clock;
    }

    /** What checking a code found: accepted for a step, a code of a step already used, or no match. */
    record Verdict(Kind kind, long step) {

        enum Kind { ACCEPTED, REUSED, WRONG }

        boolean accepted() {
            return kind == Kind.ACCEPTED;
        }
    }

    long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), STEP_SECONDS);
    }

    /** The code an authenticator shows now for this secret. */
    String now(byte[] secret) {
        return code(secret, currentStep(), DIGITS);
    }

    /**
     * Checks a 6-digit code against the steps within {@link #DRIFT} of now. {@code lastUsedStep} is the step of the
     * last accepted code (or -1): a code of that step or an earlier one is {@code REUSED}.
     */
    Verdict check(byte[] secret, String code, long lastUsedStep) {
        String typed = code == null ? "" : code.strip();
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return new Verdict(Verdict.Kind.WRONG, -1);
        }
        long now = currentStep();
        boolean reused = false;
        for (long step = now - DRIFT; step <= now + DRIFT; step++) {
            if (MessageDigest.isEqual(code(secret, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                if (step > lastUsedStep) {
                    return new Verdict(Verdict.Kind.ACCEPTED, step);
                }
                reused = true;
            }
        }
        return new Verdict(reused ? Verdict.Kind.REUSED : Verdict.Kind.WRONG, -1);
    }

    /** RFC 4226 section 5.3: HMAC-SHA1 of the step as 8 big-endian bytes, dynamically truncated. */
    static String code(byte[] secret, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "RAW"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format(Locale.ROOT, "%0" + digits + "d", binary % POWERS[digits]);
    }

    /** 160 random bits, the length RFC 4226 recommends for HMAC-SHA1. */
    static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** Accepts what a person may copy: lower case, spaces, missing padding. */
    static byte[] fromBase32(String text) {
        return new Base32().decode(text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT));
    }
}
