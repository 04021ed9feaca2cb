package cn.kepu.account;

import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** Why a login failed, in the words the login page and the API answer with. */
final class LoginFailureMessages {

    private LoginFailureMessages() {
    }

    static String of(AuthenticationException e) {
        if (e instanceof LockedException) {
            return "账号已被锁定，请稍后再试或联系安全管理员解锁";
        }
        if (e instanceof DisabledException) {
            return "账号或所在单位已停用，请联系管理员";
        }
        if (e instanceof AccountExpiredException) {
            return "账号已过期，请联系管理员";
        }
        return "用户名或密码错误";
    }
}
