package cn.kepu.activity;

/** The organizer deleted an activity that was never approved, or was returned. */
public record ActivityDeleted(long activityId, long campaignId, long organizerId) {
}
