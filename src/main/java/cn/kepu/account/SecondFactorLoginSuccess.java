package cn.kepu.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * After a right password: an account with an authenticator goes to the code page, one whose role requires an
 * authenticator it does not have goes to bind one; the page the user was going to is kept for after that step.
 * Everyone else goes on as before (the page asked for, or the workbench).
 */
@Component
class SecondFactorLoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final SecondFactorSession passage;
    private final RequestCache requests = new HttpSessionRequestCache();

    SecondFactorLoginSuccess(SecondFactorSession passage) {
        this.passage = passage;
        setDefaultTargetUrl("/");
        setRequestCache(requests);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof KepuUser user) {
            SavedRequest saved = requests.getRequest(request, response);
            var step = passage.begin(request, user, saved == null ? "/" : saved.getRedirectUrl());
            if (step != SecondFactorSession.Step.PASSED) {
                requests.removeRequest(request, response);
                clearAuthenticationAttributes(request);
                getRedirectStrategy().sendRedirect(request, response, step == SecondFactorSession.Step.CODE
                        ? SecondFactorGate.CODE_PAGE : SecondFactorGate.ENROL_PAGE);
                return;
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
