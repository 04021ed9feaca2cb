package cn.kepu.account;

import java.io.Serializable;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * Where a logged-in session stands with the second step, kept in the session: the code is still to be given, an
 * authenticator must first be bound (a role that requires one), or done. Set afresh at each password login; a
 * session without it (or with another account's) is judged from the database, so nothing gets through unjudged.
 */
@Component
class SecondFactorSession {

    static final String ATTRIBUTE = "kepu.secondFactor";
    static final String PENDING_SECRET = "kepu.secondFactorPendingSecret";

    enum Step { CODE, ENROL, PASSED }

    /** @param target where the user was going when the password was given, a local path */
    record Passage(long accountId, Step step, String target) implements Serializable {
    }

    private final SecondFactors factors;
    private final SecondFactorPolicy policy;

    SecondFactorSession(SecondFactors factors, SecondFactorPolicy policy) {
        this.factors = factors;
        this.policy = policy;
    }

    /** Right after the password: what this account must do next, remembered with where the user was going. */
    Step begin(HttpServletRequest request, KepuUser user, String target) {
        Step step = judge(user);
        request.getSession().setAttribute(ATTRIBUTE, new Passage(user.accountId(), step, localPath(target)));
        request.getSession().removeAttribute(PENDING_SECRET);
        return step;
    }

    Step of(HttpServletRequest request, KepuUser user) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof Passage p && p.accountId() == user.accountId()) {
            return p.step();
        }
        Step step = judge(user);
        if (session != null) {
            session.setAttribute(ATTRIBUTE, new Passage(user.accountId(), step, "/"));
        }
        return step;
    }

    /**
     * The code was right or an authenticator was just bound: the rest of the application opens. Returns where to go
     * now — the page asked for before logging in, or the workbench — which is then forgotten.
     */
    String passed(HttpServletRequest request, KepuUser user) {
        String target = target(request);
        request.getSession().setAttribute(ATTRIBUTE, new Passage(user.accountId(), Step.PASSED, "/"));
        return target;
    }

    /** Where the user was going when the password was given, a local path. */
    String target(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Passage p && p.target() != null
                ? p.target() : "/";
    }

    private Step judge(KepuUser user) {
        if (factors.existsByAccountId(user.accountId())) {
            return Step.CODE;
        }
        return policy.requires(user) ? Step.ENROL : Step.PASSED;
    }

    /** Only a path on this site: a saved full URL is cut to its path and query, anything odd becomes "/". */
    static String localPath(String target) {
        if (target == null || target.isBlank()) {
            return "/";
        }
        try {
            URI uri = URI.create(target);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
