package cn.kepu.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;

/**
 * The second step of a login: a current code from the authenticator, or one recovery code. A wrong or reused code
 * counts toward the same lockout as a wrong password ({@link SecurityPolicy}), so the two steps together allow no
 * more guesses than the password alone; the count is cleared only when this step succeeds.
 */
@Service
class SecondFactorCheck {

    static final String AUDIT_TYPE = "账号";

    private final SecondFactors factors;
    private final RecoveryCodeBook recovery;
    private final SecretSealing sealing;
    private final Totp totp;
    private final Accounts accounts;
    private final SecurityPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SecondFactorCheck(SecondFactors factors, RecoveryCodeBook recovery, SecretSealing sealing, Totp totp,
            Accounts accounts, SecurityPolicy policy, Clock clock, ApplicationEventPublisher events) {
        this.factors = factors;
        this.recovery = recovery;
        this.sealing = sealing;
        this.totp = totp;
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    enum Result { PASSED, RECOVERY_USED, WRONG, REUSED, LOCKED, NOT_ENROLLED }

    /** @param recoveryCodesLeft after a recovery code was used, how many remain */
    record Outcome(Result result, long recoveryCodesLeft) {
    }

    @Transactional
    public Outcome verify(KepuUser user, String typed) {
        Account account = accounts.findById(user.accountId()).orElseThrow();
        if (account.isLockedAt(clock.instant())) {
            return new Outcome(Result.LOCKED, 0);
        }
        Optional<SecondFactor> factor = factors.findByAccountId(user.accountId());
        if (factor.isEmpty()) {
            return new Outcome(Result.NOT_ENROLLED, 0);
        }
        String code = typed == null ? "" : typed.strip();
        if (RecoveryCodeBook.looksLikeOne(code)) {
            Optional<Long> left = recovery.spend(user.accountId(), code);
            if (left.isPresent()) {
                account.succeededLogin();
                events.publishEvent(ActionPerformed.of(AuditAction.RECOVERY_CODE_USED, AUDIT_TYPE, user.accountId(),
                        user.username(), "使用恢复码登录，剩余" + left.get() + "个").by(user));
                login(user, "登录成功（恢复码）");
                return new Outcome(Result.RECOVERY_USED, left.get());
            }
            return failed(account, user, Result.WRONG, "恢复码不正确或已用过");
        }
        Totp.Verdict verdict = totp.check(sealing.open(factor.get().getSecret()), code, factor.get().getLastUsedStep());
        if (verdict.accepted() && factors.useStep(user.accountId(), verdict.step()) == 1) {
            account.succeededLogin();
            login(user, "登录成功（两步验证）");
            return new Outcome(Result.PASSED, 0);
        }
        return verdict.accepted() || verdict.kind() == Totp.Verdict.Kind.REUSED
                ? failed(account, user, Result.REUSED, "验证码已用过")
                : failed(account, user, Result.WRONG, "验证码不正确");
    }

    private Outcome failed(Account account, KepuUser user, Result result, String reason) {
        boolean locked = account.failedLogin(policy.lockout().maxFailures(), policy.lockout().duration(), clock.instant());
        String summary = locked ? reason + "；连续失败" + policy.lockout().maxFailures() + "次，账号已锁定"
                + policy.lockout().duration().toMinutes() + "分钟" : reason;
        events.publishEvent(ActionPerformed.of(AuditAction.SECOND_FACTOR_FAILED, AUDIT_TYPE, user.accountId(),
                user.username(), summary).by(user).failed());
        return new Outcome(locked ? Result.LOCKED : result, 0);
    }

    /** The password alone no longer counts as a login for such an account ({@link LoginAttempts}); this does. */
    private void login(KepuUser user, String summary) {
        events.publishEvent(ActionPerformed.of(AuditAction.LOGIN, LoginAttempts.AUDIT_TYPE, user.accountId(),
                user.username(), summary).by(user));
    }
}
