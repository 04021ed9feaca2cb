package cn.kepu.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;

/**
 * The campaigns' part of the workbench: activities waiting for my review and my unit's returned ones to fix, per
 * campaign (two grouped counts, not two queries per campaign), and the campaigns' deadlines (registration, key activities, completion, summary) of the next 30 days.
 */
@Component
@Transactional(readOnly = true)
class ActivityWork implements WorkSource {

    private static final int HORIZON = 30;

    private final CampaignManagement campaigns;
    private final ActivityCatalog catalog;
    private final DataScope scope;
    private final Clock clock;

    ActivityWork(CampaignManagement campaigns, ActivityCatalog catalog, DataScope scope, Clock clock) {
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> items() {
        Optional<Organization> own = scope.ownUnit();
        LocalDate today = LocalDate.now(clock);
        List<WorkItem> items = new ArrayList<>();
        Map<Long, Long> toReview = catalog.countByCampaign(new ActivityCatalog.Filter(null, null, null, true), null);
        Map<Long, Long> returned = own.map(unit -> catalog.countByCampaign(
                new ActivityCatalog.Filter(null, ActivityState.RETURNED, null, false), unit.getId())).orElse(Map.of());
        for (Campaign c : campaigns.visible()) {
            String page = "/campaigns/" + c.getId();
            if (toReview.getOrDefault(c.getId(), 0L) > 0) {
                items.add(WorkItem.todo("待我审核的活动：" + c.getName(), toReview.get(c.getId()), page + "?toReview=true"));
            }
            if (returned.getOrDefault(c.getId(), 0L) > 0) {
                items.add(WorkItem.todo("被退回待修改的活动：" + c.getName(), returned.get(c.getId()), page));
            }
            deadline(items, c, "报名截止", c.getRegistrationEnd(), today);
            deadline(items, c, "重点活动报送截止", c.getKeyPlanDeadline(), today);
            deadline(items, c, "信息完善截止", c.getCompletionDeadline(), today);
            deadline(items, c, "总结报送截止", c.getSummaryDeadline(), today);
        }
        return items;
    }

    private static void deadline(List<WorkItem> items, Campaign c, String what, LocalDate due, LocalDate today) {
        if (due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(HORIZON))) {
            items.add(WorkItem.deadline(c.getName() + " · " + what, due, "还有" + ChronoUnit.DAYS.between(today, due) + "天",
                    "/campaigns/" + c.getId()));
        }
    }
}
