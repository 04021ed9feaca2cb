package cn.kepu.activity;

/** A campaign's quota links or counting rules were changed: every one of its activities may count differently. */
public record CampaignCountingChanged(long campaignId) {
}
