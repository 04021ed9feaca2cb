package cn.kepu.activity;

/** The reviewing association approved an activity: from now on it counts toward its campaign's quotas. */
public record ActivityApproved(long activityId, long campaignId, long organizerId) {
}
