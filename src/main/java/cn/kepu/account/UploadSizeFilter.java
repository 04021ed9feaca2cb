package cn.kepu.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditActor;
import cn.kepu.audit.AuditAction;
import cn.kepu.support.ApiErrors;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload larger than any request may be ({@code spring.servlet.multipart.max-request-size}) is refused from its
 * Content-Length, before a byte of it is read — before the security filters too, whose CSRF check would otherwise
 * parse the whole body to find the token. The API answers 413 with a problem detail in Chinese; a page is sent to
 * one that says the same ({@link UploadRefusedController}). The refusal is audited with whoever's session sent it. A
 * client that asks first ({@code Expect: 100-continue}) is answered before it sends the body
 * ({@link UploadSizeFilter#askBeforeTheBody}).
 */
// Only where requests come in: the generate and recount commands start without a web server.
@Component
@ConditionalOnWebApplication
class UploadSizeFilter extends OncePerRequestFilter {

    private final long maxRequest;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    UploadSizeFilter(MultipartProperties multipart, ApplicationEventPublisher events, JsonMapper json) {
        this.maxRequest = multipart.getMaxRequestSize().toBytes();
        this.events = events;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long length = request.getContentLengthLong();
        if (type == null || !type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) || length <= maxRequest) {
            chain.doFilter(request, response);
            return;
        }
        String message = message(megabytes(length), megabytes(maxRequest));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ActionPerformed refused = ActionPerformed.of(AuditAction.UPLOAD, "上传", null, path,
                request.getMethod() + " " + path + "：" + message).failed();
        AuditActor actor = actor(request.getSession(false));
        events.publishEvent(actor == null ? refused : refused.by(actor));
        if (path.startsWith("/api/")) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write(json.writeValueAsString(ApiErrors.problem(HttpStatus.CONTENT_TOO_LARGE, "文件过大", message)));
        } else {
            // Tomcat closes the connection after a 413 while a browser may still be sending, which it shows as a reset
            // connection; after a redirect the container discards the rest of the body and the browser reads the page.
            response.sendRedirect(request.getContextPath() + "/upload-refused?size=" + megabytes(length) + "&limit="
                    + megabytes(maxRequest) + "&back=" + URLEncoder.encode(back(request), StandardCharsets.UTF_8));
        }
    }

    /** Where the upload came from, as a path of this site (never another site's address). */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getServerName();
        if (referer == null || !referer.startsWith(origin)) {
            return "/";
        }
        String path = URI.create(referer).getRawPath();
        return path == null || !path.startsWith("/") || path.startsWith("//") ? "/" : path;
    }

    /** The user of the session, read from it: this runs before the security filters have. */
    private static AuditActor actor(HttpSession session) {
        Object context = session == null ? null : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof AuditActor actor) {
            return actor;
        }
        return null;
    }

    /**
     * Tomcat sends "100 Continue" as soon as it reads the headers, inviting the whole body before this filter has
     * refused it; sent when the application first reads the body, a refused upload is never sent.
     */
    @Bean
    static TomcatConnectorCustomizer askBeforeTheBody() {
        return connector -> connector.setProperty("continueResponseTiming", "onRead");
    }

    static String message(String size, String limit) {
        return "上传的内容共" + size + "，超过每次上传的上限" + limit + "。请压缩或分几次上传；较大的视频可以填写视频链接";
    }

    private static String megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024) + "MB";
    }
}
