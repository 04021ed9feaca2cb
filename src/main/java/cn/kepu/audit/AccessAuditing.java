package cn.kepu.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.WebUtils;

import cn.kepu.support.XlsxDownload;

/**
 * What leaves the system and what was refused, for the auditor (等保 level 3): every file answered — exports
 * (.xlsx), evidence files, photos and videos, but not list thumbnails — with its address and filters; and every
 * request answered 403 (no right) or 404 (not found, which is also how the data scope refuses), as 拒绝访问; and
 * every upload with its files, accepted or refused (and why). One place
 * for all modules, so a new export or a new page is audited without remembering to.
 */
@Configuration(proxyBeanMethods = false)
class AccessAuditing implements WebMvcConfigurer {

    private static final Set<Integer> DENIED = Set.of(403, 404);
    private static final String REFUSAL = AccessAuditing.class.getName() + ".refusal";

    private final ApplicationEventPublisher events;

    AccessAuditing(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView page) {
                noteRefusal(request, page);
            }

            @Override
            public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                    Exception ex) {
                audit(request, response, ex);
            }
        }).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error");
    }

    private void audit(HttpServletRequest request, HttpServletResponse response, Exception ex) {
        String address = request.getRequestURI() + parameters(request);
        // A page's role check throws past the dispatcher and becomes a 403 only in the security filter, after this.
        int status = ex instanceof AccessDeniedException ? 403 : response.getStatus();
        MultipartHttpServletRequest upload = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        String sent = upload == null ? "" : files(upload);
        if (DENIED.contains(status)) {
            events.publishEvent(ActionPerformed.of(AuditAction.DENIED, "访问", null, shorten(address, 200),
                    request.getMethod() + " " + shorten(address, 1000) + " → " + status).failed());
        } else if (!sent.isEmpty()) {
            Object refusal = request.getAttribute(REFUSAL);
            boolean failed = status >= 400 || ex != null || refusal != null;
            String path = request.getRequestURI();
            ActionPerformed uploaded = ActionPerformed.of(AuditAction.UPLOAD, "上传", null, shorten(path, 200),
                    shorten(request.getMethod() + " " + path + "：" + sent
                            + (failed ? "；未接受：" + (refusal != null ? refusal : ex != null ? "处理出错" : "HTTP " + status) : ""), 1000));
            events.publishEvent(failed ? uploaded.failed() : uploaded);
        } else if (status == 200 && ex == null && isFile(request, response)) {
            String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
            boolean export = response.getContentType() != null && response.getContentType().contains("spreadsheetml");
            String rows = response.getHeader(XlsxDownload.ROWS);
            events.publishEvent(ActionPerformed.of(export ? AuditAction.EXPORT : AuditAction.DOWNLOAD, "文件", null,
                    shorten(address, 200), shorten(address, 1000) + "；" + (disposition == null ? response.getContentType() : disposition)
                            + (rows == null ? "" : "；共" + rows + "行（含标题和表头）")));
        }
    }

    /**
     * A page that refused an upload says why in its model ({@code problems}, {@code error}, {@code rejected}) or in
     * the flash attributes of its redirect; kept for the audit entry written after the answer.
     */
    private static void noteRefusal(HttpServletRequest request, ModelAndView page) {
        if (WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) == null) {
            return;
        }
        Map<String, ?> model = page == null ? Map.of() : page.getModel();
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        List<String> reasons = new ArrayList<>();
        if (model.get("problems") instanceof Collection<?> problems) {
            problems.forEach(p -> reasons.add(p instanceof Throwable t ? t.getMessage() : String.valueOf(p)));
        }
        for (Object said : new Object[] {model.get("error"), model.get("rejected"), flash == null ? null : flash.get("error")}) {
            if (said instanceof Throwable t) {
                reasons.add(t.getMessage());
            } else if (said != null) {
                reasons.add(said.toString());
            }
        }
        if (!reasons.isEmpty()) {
            request.setAttribute(REFUSAL, String.join("；", reasons));
        }
    }

    /** "现场.png（1.2MB）、总结.pdf（0.3MB）": the files sent, not the empty file inputs. */
    private static String files(MultipartHttpServletRequest upload) {
        return upload.getMultiFileMap().values().stream().flatMap(List::stream).filter(f -> !f.isEmpty())
                .map(f -> f.getOriginalFilename() + "（" + size(f.getSize()) + "）")
                .collect(Collectors.joining("、"));
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + "KB" : String.format("%.1fMB", bytes / 1048576.0);
    }

    /** "?planId=3&flag=overdue": the filters asked for, read from the parameters (a form's or the query's). */
    private static String parameters(HttpServletRequest request) {
        String joined = request.getParameterMap().entrySet().stream().filter(p -> !p.getKey().equals("_csrf"))
                .map(p -> p.getKey() + "=" + String.join(",", p.getValue())).collect(Collectors.joining("&"));
        return joined.isEmpty() ? "" : "?" + joined;
    }

    private static boolean isFile(HttpServletRequest request, HttpServletResponse response) {
        String type = response.getContentType() == null ? "" : response.getContentType();
        boolean thumbnail = "true".equals(request.getParameter("thumbnail"));
        return response.getHeader(HttpHeaders.CONTENT_DISPOSITION) != null
                || !thumbnail && (type.startsWith("image/") || type.startsWith("video/") || type.startsWith("application/pdf"));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
