package cn.kepu.support;

import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * The session id as browsers carry it (the SESSION cookie), and for MockMvc tests that hand the same
 * {@code MockHttpSession} to each request instead of cookies: there the id is kept in that mock session. The session
 * itself is still the application's, in the database; only how a MockMvc request names it differs.
 */
final class MockSessionIds implements HttpSessionIdResolver {

    private static final String ID = MockSessionIds.class.getName() + ".id";

    private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        List<String> ids = cookies.resolveSessionIds(request);
        HttpSession mock = mockSession(request);
        if (ids.isEmpty() && mock != null && mock.getAttribute(ID) instanceof String id) {
            return List.of(id);
        }
        return ids;
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        cookies.setSessionId(request, response, sessionId);
        HttpSession mock = mockSession(request);
        if (mock != null) {
            mock.setAttribute(ID, sessionId);
        }
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        cookies.expireSession(request, response);
        HttpSession mock = mockSession(request);
        if (mock != null) {
            mock.removeAttribute(ID);
        }
    }

    /** The MockHttpSession a MockMvc test passed in, beneath Spring Session's request wrapper; none for real requests. */
    private static HttpSession mockSession(ServletRequest request) {
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return request instanceof MockHttpServletRequest mock ? mock.getSession(false) : null;
    }
}
