package cn.kepu.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.kepu.support.PageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit-events")
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "审计日志", description = "仅审计员可读")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    record AuditEventView(long id, Instant occurredAt, String username, Long organizationId,
            String organizationName, String clientAddress, String action, String actionLabel, String objectType,
            String objectId, String objectName, String summary, String result) {

        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.getId(), e.getOccurredAt(), e.getUsername(), e.getOrganizationId(),
                    e.getOrganizationName(), e.getClientAddress(), e.getAction(), e.getActionLabel(),
                    e.getObjectType(), e.getObjectId(), e.getObjectName(), e.getSummary(), e.getResult());
        }
    }

    @GetMapping
    @Operation(summary = "查询审计日志（按时间倒序）")
    PageView<AuditEventView> search(AuditFilter filter, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page<AuditEvent> result = trail.search(filter, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
        return PageView.of(result, AuditEventView::of);
    }
}
