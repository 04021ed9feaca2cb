package cn.kepu.account;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends the login page back with a Chinese reason and the typed login name kept. Runs after
 * {@link LoginAttempts} has counted the failure, so it can say when this failure locked the account.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String MESSAGE = "kepu.loginError";
    static final String USERNAME = "kepu.loginUsername";

    private final Accounts accounts;
    private final SecurityPolicy policy;
    private final Clock clock;
    private final UnknownNames unknownNames;

    LoginFailureHandler(Accounts accounts, SecurityPolicy policy, Clock clock, UnknownNames unknownNames) {
        this.unknownNames = unknownNames;
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username") == null ? "" : request.getParameter("username").strip();
        String message = LoginFailureMessages.of(exception);
        var account = accounts.findByUsername(username);
        if (exception instanceof BadCredentialsException && account.isEmpty() && unknownNames.isLocked(username)
                && !unknownNames.lockedJustNow(username)) {
            // A name no account has, "locked" by its failures: the words a locked account gets (see UnknownNames).
            message = LoginFailureMessages.of(new LockedException(""));
        } else if (exception instanceof BadCredentialsException) {
            if (account.isPresent() ? account.get().isLockedAt(clock.instant()) : unknownNames.isLocked(username)) {
                message = "连续" + policy.lockout().maxFailures() + "次登录失败，账号已锁定"
                        + policy.lockout().duration().toMinutes() + "分钟";
            } else {
                // The same words whether the name exists or not: how many tries are left would tell which names do.
                message += "。连续" + policy.lockout().maxFailures() + "次输入错误，账号将被锁定"
                        + policy.lockout().duration().toMinutes() + "分钟";
            }
        }
        request.getSession().setAttribute(MESSAGE, message);
        request.getSession().setAttribute(USERNAME, username);
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
