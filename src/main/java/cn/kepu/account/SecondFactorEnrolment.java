package cn.kepu.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;

/**
 * Binding an authenticator in 个人中心 and what follows: the user proves the app shows the right codes before the
 * secret is stored, gets ten recovery codes, may bind a new phone, renew the codes, or (unless their role requires
 * it) switch the second step off — the last two only after giving their password or a current code again.
 */
@Service
// Every refusal is thrown before anything is written, and a refused proof's audit entry must stay.
@Transactional(noRollbackFor = RuleViolation.class)
class SecondFactorEnrolment {

    static final String AUDIT_TYPE = "账号";

    private final SecondFactors factors;
    private final RecoveryCodeBook recovery;
    private final SecretSealing sealing;
    private final Totp totp;
    private final SecondFactorPolicy policy;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SecondFactorEnrolment(SecondFactors factors, RecoveryCodeBook recovery, SecretSealing sealing, Totp totp,
            SecondFactorPolicy policy, Accounts accounts, PasswordEncoder encoder, Clock clock,
            ApplicationEventPublisher events) {
        this.factors = factors;
        this.recovery = recovery;
        this.sealing = sealing;
        this.totp = totp;
        this.policy = policy;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    /** What 个人中心 shows: bound since when, how many recovery codes are left, whether the role requires it. */
    record Status(boolean enrolled, Instant enrolledAt, long recoveryCodesLeft, boolean required, String requiredFor) {
    }

    @Transactional(readOnly = true)
    Status status(KepuUser user) {
        var factor = factors.findByAccountId(user.accountId());
        return new Status(factor.isPresent(), factor.map(SecondFactor::getEnrolledAt).orElse(null),
                factor.isPresent() ? recovery.remaining(user.accountId()) : 0, policy.requires(user), policy.reason(user));
    }

    @Transactional(readOnly = true)
    boolean enrolled(long accountId) {
        return factors.existsByAccountId(accountId);
    }

    /**
     * Stores the secret the user's app was given, once a code from it matches; replaces an earlier phone's.
     * Returns the new recovery codes, in clear this once.
     */
    List<String> confirm(KepuUser user, String base32Secret, String code) {
        byte[] secret = Totp.fromBase32(base32Secret);
        Totp.Verdict verdict = totp.check(secret, code, -1);
        if (!verdict.accepted()) {
            throw new RuleViolation("code", "验证码不正确：请输入验证器应用中“" + QrCodes.ISSUER
                    + "”下当前显示的6位数字；若一直不对，请检查手机时间是否准确");
        }
        Instant now = clock.instant();
        var existing = factors.findByAccountId(user.accountId());
        // The confirming code's step counts as used: it cannot log in a second time.
        existing.ifPresentOrElse(f -> f.replace(sealing.seal(secret), verdict.step(), now),
                () -> factors.save(new SecondFactor(user.accountId(), sealing.seal(secret), verdict.step(), now)));
        List<String> codes = recovery.issue(user.accountId());
        events.publishEvent(ActionPerformed.of(AuditAction.SECOND_FACTOR_ENABLE, AUDIT_TYPE, user.accountId(),
                user.username(), (existing.isPresent() ? "更换验证器" : "绑定验证器") + "，生成" + codes.size() + "个恢复码").by(user));
        return codes;
    }

    void disable(KepuUser user, String proof) {
        if (policy.requires(user)) {
            throw new RuleViolation("proof", "您的角色（" + policy.reason(user)
                    + "）必须使用两步验证，不能停用；更换手机请点“更换验证器”重新绑定");
        }
        SecondFactor factor = factors.findByAccountId(user.accountId()).orElseThrow(() -> new NotFoundException("两步验证"));
        requireProof(user, factor, proof, "停用两步验证");
        factors.delete(factor);
        recovery.discard(user.accountId());
        events.publishEvent(ActionPerformed.of(AuditAction.SECOND_FACTOR_DISABLE, AUDIT_TYPE, user.accountId(),
                user.username(), "停用两步验证，恢复码作废").by(user));
    }

    List<String> renewRecoveryCodes(KepuUser user, String proof) {
        SecondFactor factor = factors.findByAccountId(user.accountId()).orElseThrow(() -> new NotFoundException("两步验证"));
        requireProof(user, factor, proof, "重新生成恢复码");
        List<String> codes = recovery.issue(user.accountId());
        events.publishEvent(ActionPerformed.of(AuditAction.RECOVERY_CODES_RENEW, AUDIT_TYPE, user.accountId(),
                user.username(), "旧恢复码作废，生成" + codes.size() + "个新恢复码").by(user));
        return codes;
    }

    /**
     * The password, or a current code (which is then used up): someone at an unlocked screen cannot switch the
     * second step off or read fresh recovery codes. A wrong proof is audited.
     */
    private void requireProof(KepuUser user, SecondFactor factor, String proof, String what) {
        String typed = proof == null ? "" : proof.strip();
        boolean proven;
        if (typed.matches("\\d{" + Totp.DIGITS + "}")) {
            Totp.Verdict verdict = totp.check(sealing.open(factor.getSecret()), typed, factor.getLastUsedStep());
            proven = verdict.accepted() && factors.useStep(user.accountId(), verdict.step()) == 1;
        } else {
            Account account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("用户"));
            proven = !typed.isEmpty() && encoder.matches(typed, account.getPasswordHash());
        }
        if (!proven) {
            events.publishEvent(ActionPerformed.of(AuditAction.SECOND_FACTOR_FAILED, AUDIT_TYPE, user.accountId(),
                    user.username(), what + "：密码或验证码不正确").by(user).failed());
            throw new RuleViolation("proof", "密码或验证码不正确");
        }
    }
}
