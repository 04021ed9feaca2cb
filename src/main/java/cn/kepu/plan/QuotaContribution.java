package cn.kepu.plan;

import java.math.BigDecimal;

/**
 * What other modules publish to count toward a quota: an approved activity (source "activity", ref its id)
 * adds 1 to 活动数 for its organizer. Publishing again with the same source and ref replaces the amount; an
 * amount of zero withdraws it. The ledger changes at once.
 */
public record QuotaContribution(long quotaId, long organizationId, String source, String sourceRef, BigDecimal amount) {
}
