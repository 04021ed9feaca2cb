package cn.kepu.account;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.audit.AuditActor;

/**
 * Counts failed logins and locks the account after too many (page, HTTP Basic alike), and writes logins,
 * failures and logouts to the audit log. API calls authenticate on every request, so only interactive logins
 * are logged as 登录; every failure is logged. For an account with two-step verification the password alone is
 * half a login: it neither clears the failure count nor is logged as 登录 — {@link SecondFactorCheck} does both once
 * the code is right, so guessing codes cannot be stretched by typing the password again between guesses.
 */
@Component
class LoginAttempts {

    static final String AUDIT_TYPE = "账号";

    private final Accounts accounts;
    private final SecurityPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecondFactors secondFactors;
    private final UnknownNames unknownNames;

    LoginAttempts(Accounts accounts, SecurityPolicy policy, Clock clock, ApplicationEventPublisher events,
            SecondFactors secondFactors, UnknownNames unknownNames) {
        this.unknownNames = unknownNames;
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KepuUser user
                && !secondFactors.existsByAccountId(user.accountId())) {
            accounts.findById(user.accountId()).filter(a -> a.getFailedAttempts() > 0 || a.getLockedUntil() != null)
                    .ifPresent(Account::succeededLogin);
        }
    }

    @EventListener
    public void on(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KepuUser user
                && !secondFactors.existsByAccountId(user.accountId())) {
            events.publishEvent(ActionPerformed.of(AuditAction.LOGIN, AUDIT_TYPE, user.accountId(), user.username(), "登录成功")
                    .by(user));
        }
    }

    @EventListener
    @Transactional
    public void on(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip();
        String reason = LoginFailureMessages.of(event.getException());
        var account = accounts.findByUsername(username);
        if (event.getException() instanceof BadCredentialsException) {
            boolean locked = account.isPresent()
                    ? account.get().failedLogin(policy.lockout().maxFailures(), policy.lockout().duration(), clock.instant())
                    : unknownNames.failed(username);
            if (locked) {
                reason += "；连续失败" + policy.lockout().maxFailures() + "次，账号已锁定"
                        + policy.lockout().duration().toMinutes() + "分钟";
            }
        }
        events.publishEvent(ActionPerformed.of(AuditAction.LOGIN_FAILED, AUDIT_TYPE, account.map(Account::getId).orElse(null),
                username, reason).by(anonymous(username, account.map(Account::getOrganizationId).orElse(null))).failed());
    }

    @EventListener
    public void on(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof KepuUser user) {
            events.publishEvent(ActionPerformed.of(AuditAction.LOGOUT, AUDIT_TYPE, user.accountId(), user.username(), "退出登录")
                    .by(user));
        }
    }

    private static AuditActor anonymous(String username, Long organizationId) {
        return new AuditActor() {
            public String username() {
                return username;
            }

            public Long organizationId() {
                return organizationId;
            }

            public String organizationName() {
                return null;
            }
        };
    }
}
