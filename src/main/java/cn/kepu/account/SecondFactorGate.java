package cn.kepu.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.kepu.support.ApiErrors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Until the second step is done a logged-in session reaches nothing but that step: the code page, or — for a role
 * that requires an authenticator not yet bound — the binding page; other pages redirect there, htmx fragments get
 * nothing. The API is stateless: there a password (HTTP Basic) is refused for such an account, since it would be
 * the password alone; personal API tokens ({@link ApiTokenFilter}) are a credential of their own, issued from a
 * session that passed both steps, and work as before.
 */
@Component
class SecondFactorGate extends OncePerRequestFilter {

    static final String CODE_PAGE = "/login/code";
    static final String ENROL_PAGE = "/profile/two-factor/enrol";

    private final SecondFactorSession passage;
    private final SecondFactors factors;
    private final SecondFactorPolicy policy;
    private final JsonMapper json;

    SecondFactorGate(SecondFactorSession passage, SecondFactors factors, SecondFactorPolicy policy, JsonMapper json) {
        this.json = json;
        this.passage = passage;
        this.factors = factors;
        this.policy = policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth != null && auth.getPrincipal() instanceof KepuUser user)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            if (isBasic(request) && (factors.existsByAccountId(user.accountId()) || policy.requires(user))) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write(json.writeValueAsString(ApiErrors.problem(HttpStatus.FORBIDDEN, "需要两步验证",
                        "该账号须两步验证，不能只凭密码调用接口；请登录网页，在个人中心创建个人 API 令牌（Authorization: Bearer …）")));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        SecondFactorSession.Step step = passage.of(request, user);
        String page = step == SecondFactorSession.Step.CODE ? CODE_PAGE : ENROL_PAGE;
        if (step == SecondFactorSession.Step.PASSED || path.equals(page) || alwaysOpen(path)) {
            chain.doFilter(request, response);
        } else if (request.getHeader("HX-Request") != null) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(request.getContextPath() + page);
        }
    }

    private static boolean isBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean alwaysOpen(String path) {
        return path.equals("/logout") || path.startsWith("/webjars/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.equals("/error");
    }

    /** Registered in the security chains only, not as a servlet filter of its own. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
