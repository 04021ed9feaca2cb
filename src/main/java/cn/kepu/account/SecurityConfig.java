package cn.kepu.account;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import cn.kepu.support.ApiErrors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two ways in: people through the login page and a session that ends after 30 idle minutes; programs through
 * /api with HTTP Basic or a personal token, statelessly. Both count failed logins toward the same lockout.
 * Accounts with an authenticator, and roles that must have one, pass a second step after the password
 * ({@link SecondFactorGate}), which comes before the forced password change.
 * What each role may do is declared on the controllers with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityPolicy.class)
class SecurityConfig {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    /** BCrypt at the configured strength; stored hashes carry their own ({@code {bcrypt}$2a$10$…}) and keep working. */
    @Bean
    PasswordEncoder passwordEncoder(SecurityPolicy policy) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(policy.password().hashStrength())));
    }

    /**
     * The password is checked before whether the account is disabled or expired, so a wrong password on a disabled
     * account gets the answer any wrong password gets (Spring checks those first, which told a guesser the name
     * exists). Only a lock is checked first: checked after, the answers would go on telling right passwords from
     * wrong ones while the account is locked.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(AccountDetails details, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(details);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("locked");
            }
        });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
            if (!user.isAccountNonExpired()) {
                throw new AccountExpiredException("expired");
            }
        });
        return provider;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.HIERARCHY);
    }

    // The gates belong inside the security chains only; without these Boot would also run them for every request.
    @Bean
    FilterRegistrationBean<PasswordChangeGate> gateOutsideChains(PasswordChangeGate gate) {
        FilterRegistrationBean<PasswordChangeGate> registration = new FilterRegistrationBean<>(gate);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecondFactorGate> secondFactorOutsideChains(SecondFactorGate gate) {
        FilterRegistrationBean<SecondFactorGate> registration = new FilterRegistrationBean<>(gate);
        registration.setEnabled(false);
        return registration;
    }

    /** Before the security filters, so that a flood of logins is refused before any password is hashed. */
    @Bean
    FilterRegistrationBean<ThrottleFilter> throttleFirst(ThrottleFilter throttle) {
        FilterRegistrationBean<ThrottleFilter> registration = new FilterRegistrationBean<>(throttle);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFirst(UploadSizeFilter uploads) {
        FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(uploads);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiTokenFilter> tokensOutsideChains(ApiTokenFilter tokens) {
        FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(tokens);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication // the data generator runs without a web server
    SecurityFilterChain api(HttpSecurity http, ApiTokenFilter tokens, SecondFactorGate secondFactor,
            PasswordChangeGate gate, JsonMapper json) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/docs", "/api/docs/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) ->
                        problem(json, response, HttpStatus.UNAUTHORIZED, "未登录", LoginFailureMessages.of(e)
                                + "。请使用 HTTP Basic 或个人 API 令牌（Authorization: Bearer …）")))
                .addFilterBefore(tokens, BasicAuthenticationFilter.class)
                // Filters added at one place run in the order added: the second step first.
                .addFilterAfter(secondFactor, AuthorizationFilter.class)
                .addFilterAfter(gate, AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problem(json, response, HttpStatus.UNAUTHORIZED, "未登录", "请使用 HTTP Basic 或个人 API 令牌认证"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(json, response, HttpStatus.FORBIDDEN, "无权访问", "您没有执行此操作的权限")));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, SecondFactorGate secondFactor, PasswordChangeGate gate,
            LoginFailureHandler failures, SecondFactorLoginSuccess success) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        // favicon-<hash>.ico is the versioned URL pages link to; a login page asking for it must not
                        // make it the place a person lands after logging in.
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                "/favicon-*.ico", "/public/**", "/error", "/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/actuator/prometheus").access((authentication, request) ->
                                new AuthorizationDecision(SCRAPERS.stream().anyMatch(m -> m.matches(request.getRequest()))))
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failures).successHandler(success))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION", "JSESSIONID"))
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
                .addFilterAfter(secondFactor, AuthorizationFilter.class)
                .addFilterAfter(gate, AuthorizationFilter.class)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    /** Who may read the metrics: Prometheus on the instance's own network, never a browser through the proxy. */
    private static final List<IpAddressMatcher> SCRAPERS = Stream.of("127.0.0.0/8", "::1", "10.0.0.0/8", "172.16.0.0/12",
            "192.168.0.0/16").map(IpAddressMatcher::new).toList();

    static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ApiErrors.problem(status, title, detail);
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"kepu\", charset=\"UTF-8\"");
        }
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
