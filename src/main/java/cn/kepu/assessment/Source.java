package cn.kepu.assessment;

/**
 * Where a computed indicator's figure comes from — read from the modules that hold it, never from their tables:
 * a quota of a plan (its actual against its target), a campaign's counting activities (optionally of one topic)
 * against a target, or a plan's work finished by its deadline.
 */
public sealed interface Source {

    record PlanQuota(long planId, long quotaId) implements Source {
    }

    record CampaignActivities(long campaignId, String topic, long target) implements Source {
    }

    /** The points of the 宣传信息 adopted from the unit and beneath it, submitted between the days, against a target. */
    record NewsPoints(java.time.LocalDate from, java.time.LocalDate to, java.math.BigDecimal target) implements Source {
    }

    /** The plan's work finished on time, less the 督办 notices the unit received between {@code from} and {@code to}. */
    record OnTime(long planId, java.time.LocalDate from, java.time.LocalDate to) implements Source {
    }
}
