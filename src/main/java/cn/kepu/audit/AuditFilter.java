package cn.kepu.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the auditor narrows the log to; every part is optional. Dates are whole days in the app's zone;
 * {@code success=false} keeps what failed or was refused (失败、拒绝).
 */
public record AuditFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String username, AuditAction action,
        String keyword, Boolean success) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
