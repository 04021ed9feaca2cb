package cn.kepu.support;

import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for "by whom" columns: the logged-in user's login name, or "system" for jobs and start-up. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String username() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
