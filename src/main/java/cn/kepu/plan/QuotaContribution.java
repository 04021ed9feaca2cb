package cn.kepu.plan;

import java.math.BigDecimal;

/**
 * An amount one source record counts toward a quota for one organization: an approved activity (source
 * "activity", ref "activity:{id}") adds 1 to 活动数 for its organizer; a progress report (source "report", ref
 * "assignment:{id}") the value the unit reported — for a quota another source counts, a correction beside that count,
 * which may subtract. Keyed by quota, source and ref, so it is replaced, never doubled.
 */
public record QuotaContribution(long quotaId, long organizationId, String source, String sourceRef, BigDecimal amount) {

    public QuotaContribution {
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("A contribution counts an amount; withdraw one by leaving it out");
        }
    }
}
