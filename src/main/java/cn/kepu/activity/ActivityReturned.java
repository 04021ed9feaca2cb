package cn.kepu.activity;

/**
 * The reviewing association returned an activity to its organizer with a reason — a submitted one, or an approved
 * one whose approval it withdrew; either way it counts for nothing until approved again.
 */
public record ActivityReturned(long activityId, long campaignId, long organizerId, String reason) {
}
