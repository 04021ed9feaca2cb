package cn.kepu.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer kp_…} on the API. An unknown, revoked token, or one whose account
 * is disabled or locked, leaves the request unauthenticated, and the API answers 401.
 */
@Component
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final AccountDetails details;
    private final TransactionTemplate transactions;

    ApiTokenFilter(ApiTokens tokens, Accounts accounts, AccountDetails details, PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.details = details;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer " + ApiTokens.PREFIX)) {
            // Token, account and unit in one transaction: this runs on every API call.
            transactions.execute(status -> tokens.accountFor(header.substring("Bearer ".length()).strip())
                    .flatMap(accounts::findById)
                    .map(details::principal))
                    .filter(user -> user.isEnabled() && user.isAccountNonLocked())
                    .ifPresent(user -> {
                        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(auth);
                        SecurityContextHolder.setContext(context);
                    });
        }
        chain.doFilter(request, response);
    }
}
