package cn.kepu.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.kepu.support.ApiErrors;
import tools.jackson.databind.json.JsonMapper;

/**
 * 访问频率限制: logins and API calls per client address, each with its own budget
 * ({@code kepu.security.throttle.login-per-minute}, {@code …api-per-minute}). Over it, 429 with {@code Retry-After}
 * and a Chinese message — a page for the login form, a problem detail for the API. Behind a proxy the address is the
 * forwarded one (production sets {@code server.forward-headers-strategy=framework}).
 */
@Component
class ThrottleFilter extends OncePerRequestFilter {

    private final RequestThrottle logins;
    private final RequestThrottle api;
    private final JsonMapper json;

    ThrottleFilter(@Value("${kepu.security.throttle.login-per-minute:20}") int loginsPerMinute,
            @Value("${kepu.security.throttle.api-per-minute:600}") int apiPerMinute, Clock clock, JsonMapper json) {
        this.logins = new RequestThrottle(loginsPerMinute, clock);
        this.api = new RequestThrottle(apiPerMinute, clock);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean login = path.equals("/login") && "POST".equals(request.getMethod());
        boolean apiCall = path.startsWith("/api/") && !path.startsWith("/api/docs");
        OptionalLong wait = login ? logins.take(request.getRemoteAddr())
                : apiCall ? api.take(request.getRemoteAddr()) : OptionalLong.empty();
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String message = "请求过于频繁，请" + wait.getAsLong() + "秒后再试";
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (apiCall) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(ApiErrors.problem(HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", message)));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>请求过于频繁</title></head>"
                    + "<body><p id=\"throttled\">" + message + "</p><p><a href=\"" + request.getContextPath() + "/login\">返回登录</a></p></body></html>");
        }
    }
}
