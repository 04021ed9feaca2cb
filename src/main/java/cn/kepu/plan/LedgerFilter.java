package cn.kepu.plan;

/** 台账 filters; each may be null. {@code flag} is "overdue" or "at-risk". */
public record LedgerFilter(Long planId, String category, Long organizationId, AssignmentState state, String flag) {

    public static LedgerFilter of(Long planId) {
        return new LedgerFilter(planId, null, null, null, null);
    }
}
