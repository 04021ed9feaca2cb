package cn.kepu.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user with a first, reset or expired password may do nothing but change it: pages redirect to the change
 * form, the API refuses with a Chinese message.
 */
@Component
class PasswordChangeGate extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/profile/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KepuUser user && user.mustChangePassword()
                && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/problem+json;charset=UTF-8");
                response.getWriter().write("{\"status\":403,\"title\":\"需要修改密码\","
                        + "\"detail\":\"密码为初始密码或已过期，请先登录网页修改密码\"}");
            } else if (request.getHeader("HX-Request") != null) {
                // A fragment request (the bell's count) gets nothing to swap in, not the whole password page.
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The second step ({@link SecondFactorGate}) comes first, so its pages stay open. */
    private static boolean allowed(String path) {
        return path.equals(CHANGE_PAGE) || path.equals(SecondFactorGate.CODE_PAGE)
                || path.startsWith("/profile/two-factor/") || path.equals("/logout") || path.startsWith("/webjars/")
                || path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/error");
    }

    /** Registered in the security chains only, not as a servlet filter of its own. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
