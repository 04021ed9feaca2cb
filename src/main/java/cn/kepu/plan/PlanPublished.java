package cn.kepu.plan;

/**
 * A plan was published: its tasks now have assignments with targets, in this transaction. A module that counts toward
 * quotas by the units assigned (informants: a count feeds the quotas of the assignments above its unit) derives its
 * contributions again; one that links quotas by hand (a campaign) need not listen.
 */
public record PlanPublished(long planId) {
}
