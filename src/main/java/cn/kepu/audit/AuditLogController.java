package cn.kepu.audit;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.kepu.support.Times;
import cn.kepu.support.XlsxDownload;
import cn.kepu.support.XlsxTable;

/** The auditor's screen: the log filtered and paged, and the same filter exported to .xlsx. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditLogController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final Times times;
    private final ApplicationEventPublisher events;

    AuditLogController(AuditTrail trail, Times times, ApplicationEventPublisher events) {
        this.trail = trail;
        this.times = times;
        this.events = events;
    }

    @GetMapping
    String list(AuditFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("events", trail.search(filter, Math.max(page, 0), PAGE_SIZE));
        return htmx != null ? "audit/list :: results" : "audit/list";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(AuditFilter filter) {
        XlsxTable table = XlsxTable.of("审计日志", "审计日志",
                List.of("时间", "用户", "所属单位", "客户端地址", "操作", "对象类型", "对象", "变更摘要", "结果"))
                .widths(20, 14, 24, 16, 10, 12, 28, 60, 8);
        trail.forEach(filter, e -> table.row(times.local(e.getOccurredAt()), e.getUsername(),
                e.getOrganizationName(), e.getClientAddress(), e.getActionLabel(), e.getObjectType(),
                e.getObjectName(), e.getSummary(), e.isSuccess() ? "成功" : "失败"));
        byte[] content = table.toBytes();
        events.publishEvent(ActionPerformed.of(AuditAction.EXPORT, "审计日志", null, "审计日志导出", describe(filter)));
        return XlsxDownload.of("审计日志.xlsx", content);
    }

    private static String describe(AuditFilter f) {
        return "起：" + (f.from() == null ? "不限" : f.from()) + "；止：" + (f.to() == null ? "不限" : f.to())
                + "；用户：" + (f.username() == null || f.username().isBlank() ? "不限" : f.username())
                + "；操作：" + (f.action() == null ? "不限" : f.action().label())
                + "；结果：" + (f.success() == null ? "不限" : f.success() ? "成功" : "失败或拒绝");
    }
}
