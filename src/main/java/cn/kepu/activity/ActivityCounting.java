package cn.kepu.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.plan.ContributionsChanged;
import cn.kepu.plan.CountedSource;
import cn.kepu.plan.QuotaContribution;

/**
 * What activities count toward plan quotas, always derived from scratch: an approved (or completed) activity counts 1
 * toward each quota its campaign feeds — those limited to a topic only if its name and tags count as that topic under
 * the campaign's rules today. Whatever happened (approved, returned, deleted, the campaign's links or rules changed),
 * the activity's contributions are replaced as a whole; there is no increment that could be missed or doubled.
 */
@Component
class ActivityCounting implements CountedSource {

    static final String SOURCE = "activity";

    private final Activities activities;
    private final Campaigns campaigns;
    private final ApplicationEventPublisher events;

    ActivityCounting(Activities activities, Campaigns campaigns, ApplicationEventPublisher events) {
        this.activities = activities;
        this.campaigns = campaigns;
        this.events = events;
    }

    static String ref(long activityId) {
        return "activity:" + activityId;
    }

    @EventListener
    @Transactional
    void on(ActivityApproved approved) {
        recountActivity(approved.activityId());
    }

    @EventListener
    @Transactional
    void on(ActivityReturned returned) {
        recountActivity(returned.activityId());
    }

    @EventListener
    @Transactional
    void on(ActivityDeleted deleted) {
        events.publishEvent(ContributionsChanged.of(SOURCE, ref(deleted.activityId()), List.of()));
    }

    /** The campaign's rules may have changed what its activities count as: their stored topics are derived again too. */
    @EventListener
    @Transactional
    void on(CampaignCountingChanged changed) {
        Campaign campaign = campaigns.findById(changed.campaignId()).orElseThrow();
        List<Activity> all = activities.findByCampaign_Id(campaign.getId());
        Map<Long, String> links = campaigns.quotaLinks(campaign.getId());
        List<QuotaContribution> contributions = new ArrayList<>();
        for (Activity activity : all) {
            activity.recountTopics();
            contributions.addAll(contributions(activity, links));
        }
        events.publishEvent(new ContributionsChanged(SOURCE,
                Set.copyOf(all.stream().map(a -> ref(a.getId())).toList()), contributions));
    }

    private void recountActivity(long activityId) {
        Activity activity = activities.findById(activityId).orElseThrow();
        events.publishEvent(ContributionsChanged.of(SOURCE, ref(activityId),
                contributions(activity, campaigns.quotaLinks(activity.getCampaign().getId()))));
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuotaContribution> recount() {
        // Two queries whatever the number of campaigns: their links, then the counting activities of linked ones.
        Map<Long, Map<Long, String>> links = campaigns.allQuotaLinks();
        if (links.isEmpty()) {
            return List.of();
        }
        List<QuotaContribution> all = new ArrayList<>();
        for (Activity activity : activities.findByCampaign_IdInAndStateIn(links.keySet(), ActivityState.COUNTING)) {
            all.addAll(contributions(activity, links.get(activity.getCampaign().getId())));
        }
        return all;
    }

    @Override
    public String label() {
        return "审核通过的活动";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> feeding(Collection<Long> quotaIds) {
        if (quotaIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> campaignsOf = new LinkedHashMap<>();
        for (Object[] row : campaigns.feedingRows(quotaIds)) {
            String topic = (String) row[2];
            campaignsOf.computeIfAbsent(((Number) row[0]).longValue(), q -> new ArrayList<>())
                    .add("“" + row[1] + "”" + (topic == null ? "" : "中计为“" + topic + "”"));
        }
        Map<Long, String> feeding = new LinkedHashMap<>();
        campaignsOf.forEach((quota, names) -> feeding.put(quota, String.join("、", names) + "的审核通过的活动"));
        return feeding;
    }

    private static List<QuotaContribution> contributions(Activity activity, Map<Long, String> links) {
        if (!activity.getState().counts()) {
            return List.of();
        }
        List<String> topics = activity.countedUnder(activity.getCampaign());
        return links.entrySet().stream()
                .filter(link -> link.getValue() == null || topics.contains(link.getValue()))
                .map(link -> new QuotaContribution(link.getKey(), activity.getOrganizer().getId(), SOURCE,
                        ref(activity.getId()), BigDecimal.ONE))
                .toList();
    }
}
