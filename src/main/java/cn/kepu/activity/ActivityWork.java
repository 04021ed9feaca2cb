package cn.kepu.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.home.WorkItem;
import cn.kepu.home.WorkSource;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;

/**
 * The campaigns' part of the workbench: activities waiting for my review and my unit's returned ones to fix, per
 * campaign, and the campaigns' deadlines (registration, key activities, completion, summary) of the next 30 days.
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
        for (Campaign c : campaigns.visible()) {
            long toReview = catalog.page(new ActivityCatalog.Filter(c.getId(), null, null, true), 0, 1).getTotalElements();
            if (toReview > 0) {
                items.add(WorkItem.todo("待我审核的活动：" + c.getName(), toReview, "/campaigns/" + c.getId() + "?toReview=true"));
            }
            long returned = own.map(unit -> catalog.organizedWithin(c.getId(), unit).stream()
                    .filter(a -> a.getState() == ActivityState.RETURNED && a.getOrganizer().getId().equals(unit.getId()))
                    .count()).orElse(0L);
            if (returned > 0) {
                items.add(WorkItem.todo("被退回待修改的活动：" + c.getName(), returned, "/campaigns/" + c.getId()));
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
