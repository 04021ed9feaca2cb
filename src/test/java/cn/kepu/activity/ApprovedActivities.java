package cn.kepu.activity;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.Users;

/** For other modules' tests: an approved activity of a unit, through the activity module's own work, as a person would. */
public final class ApprovedActivities {

    private ApprovedActivities() {
    }

    /**
     * Registers an activity of a new 全国科普日 campaign of 泰安市科协 (the event a week from today) for the unit, as
     * 泰安市科协, and approves it; returns its id and leaves 泰安市科协 signed in.
     */
    public static long approvedFor(ApplicationContext context, long organizerId) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        Users.as(users, "taian");
        Campaign campaign = context.getBean(CampaignManagement.class).create(Fixtures.campaign(context.getBean(OrganizationDirectory.class)));
        long id = context.getBean(ActivityRegistration.class)
                .save(null, Fixtures.activity(campaign, organizerId, Demo.unique("统计预填测试活动")), true).activity().getId();
        Fixtures.approve(context.getBean(ActivityReview.class), users, id);
        return id;
    }

    /** The year such an activity counts in: a week from today. */
    public static int year() {
        return java.time.LocalDate.now(Fixtures.ZONE).plusDays(7).getYear();
    }
}
