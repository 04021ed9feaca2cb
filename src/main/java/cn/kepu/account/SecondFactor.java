package cn.kepu.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account's authenticator: the sealed TOTP secret and the step of the last accepted code. Kept out of
 * {@link Account} so that each login's step does not bump the account's version under an administrator's form.
 */
@Entity
@Table(name = "second_factor")
class SecondFactor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long accountId;
    private String secret;
    private long lastUsedStep;
    private Instant enrolledAt;

    protected SecondFactor() {
    }

    SecondFactor(Long accountId, String sealedSecret, long confirmedStep, Instant now) {
        this.accountId = accountId;
        this.secret = sealedSecret;
        this.lastUsedStep = confirmedStep;
        this.enrolledAt = now;
    }

    /** A new phone: the old secret stops working at once. */
    void replace(String sealedSecret, long confirmedStep, Instant now) {
        this.secret = sealedSecret;
        this.lastUsedStep = confirmedStep;
        this.enrolledAt = now;
    }

    Long getAccountId() {
        return accountId;
    }

    String getSecret() {
        return secret;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }

    Instant getEnrolledAt() {
        return enrolledAt;
    }
}
