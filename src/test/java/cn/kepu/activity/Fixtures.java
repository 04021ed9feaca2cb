package cn.kepu.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.plan.PlanForm;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.TaskForm;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.Users;

/** Campaigns and activities as tests need them, each with names no other test uses. */
final class Fixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Fixtures() {
    }

    /** 泰安市科协's campaign, registration open from yesterday for 30 days, the event in a week. */
    static CampaignForm campaign(OrganizationDirectory organizations) {
        LocalDate today = LocalDate.now(ZONE);
        CampaignForm f = new CampaignForm();
        f.setName(Demo.unique("测试科普日"));
        f.setKind(CampaignKind.SCIENCE_DAY);
        f.setTheme("喜迎二十大，科普向未来");
        f.setOrganizerId(organizations.named(Demo.TAIAN).orElseThrow().getId());
        f.setEventStart(today.plusDays(7));
        f.setEventEnd(today.plusDays(13));
        f.setRegistrationStart(today.minusDays(1));
        f.setRegistrationEnd(today.plusDays(30));
        return f;
    }

    static ActivityForm activity(Campaign c, long organizerId, String name) {
        ActivityForm f = new ActivityForm();
        f.setCampaignId(c.getId());
        f.setOrganizerId(organizerId);
        f.setName(name);
        LocalDateTime start = c.getEventStart().atTime(9, 0);
        f.setStartsAt(start);
        f.setEndsAt(start.plusHours(2));
        f.setAddress("岱庙街道新时代文明实践站");
        f.setPersonInCharge("孙丽");
        f.setPhone("13805381234");
        f.setTopics(new ArrayList<>(List.of("健康科普")));
        f.setTargetGroups(new ArrayList<>(List.of("社区居民")));
        return f;
    }

    /** A published plan of 泰安市科协 with one task: each county association holds at least {@code target} activities. */
    static WorkPlan planWithActivityQuota(PlanManagement plans, OrganizationDirectory organizations, int target) {
        PlanForm head = new PlanForm();
        head.setIssuerId(organizations.named(Demo.TAIAN).orElseThrow().getId());
        head.setTitle(Demo.unique("活动计数测试计划"));
        head.setPeriodFrom(LocalDate.now(ZONE).getYear());
        WorkPlan plan = plans.create(head);
        long section = plans.addSection(plan.getId(), null, "一", "科普活动").getId();
        TaskForm task = new TaskForm();
        task.setSectionId(section);
        task.setNumber("1");
        task.setTitle("全国科普日活动");
        task.setResponsible("各县市区（功能区）科协");
        task.setDeadline("年内");
        task.setQuotas("各县市区科协 活动数 ≥ " + target + " 项");
        plans.saveTask(plan.getId(), null, task);
        task.setNumber("2");
        task.setTitle("食品安全科普工作");
        task.setQuotas("各县市区科协 食品安全活动数 ≥ 2 项");
        plans.saveTask(plan.getId(), null, task);
        return plans.publish(plan.getId());
    }

    static long quota(PlanCatalog catalog, long issuerId, WorkPlan plan, String taskTitle) {
        return catalog.quotasIssuedBy(issuerId).stream().filter(q -> q.label().startsWith(plan.getTitle()) && q.label().contains(taskTitle))
                .findFirst().orElseThrow().id();
    }

    /**
     * Approves as the province's administrator (or, when it submitted, 泰安市科协) — nobody reviews what they submitted,
     * and tests mostly register as the unit that would review — then carries on as whoever was signed in.
     */
    static void approve(ActivityReview review, UserDetailsService users, long id) {
        String was = SecurityContextHolder.getContext().getAuthentication().getName();
        Users.as(users, was.equals("admin") ? "taian" : "admin");
        try {
            review.review(id, true, null);
        } finally {
            Users.as(users, was);
        }
    }
}
