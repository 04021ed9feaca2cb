package cn.kepu.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the application is ready — migrations run, the start-up data (the demo's units, plans and campaigns) loaded —
 * every request but the health checks answers 503 with a Chinese message and {@code Retry-After}, instead of a login
 * page and then empty plans. Spring Boot turns readiness on after the start-up runners have finished.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;

    public StartupGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("系统正在启动，请稍候几秒再刷新。".getBytes(StandardCharsets.UTF_8));
    }
}
