package cn.kepu.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.support.CurrentUser;

/**
 * 2022年全国科普日 for 泰安市科协 (feeding task 1 of its 2022 checklist) and for 渭南市科协 (the seed notice's dates,
 * theme and food-safety rule), 泰安's 科普之春 2022 with the volunteer naming rule, and next spring's 科普之春 open for
 * registration now — with activities in every state from several kinds of units, food-safety ones with and
 * without 食品安全 in the name. Entered as the demo users would; submissions dated within the 2022 windows.
 */
@Component
@Profile("demo")
@Order(4)
class DemoCampaigns implements ApplicationRunner {

    private final Campaigns campaigns;
    private final CampaignManagement management;
    private final ActivityRegistration registration;
    private final ActivityReview review;
    private final Activities activities;
    private final OrganizationDirectory organizations;
    private final PlanCatalog plans;
    private final UserDetailsService users;
    private final Clock clock;

    DemoCampaigns(Campaigns campaigns, CampaignManagement management, ActivityRegistration registration, ActivityReview review,
            Activities activities, OrganizationDirectory organizations, PlanCatalog plans, UserDetailsService users, Clock clock) {
        this.review = review;
        this.campaigns = campaigns;
        this.management = management;
        this.registration = registration;
        this.activities = activities;
        this.organizations = organizations;
        this.plans = plans;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (campaigns.count() > 0) {
            return;
        }
        try {
            taianScienceDay();
            weinanScienceDay();
            taianSpring2022();
            nextSpring();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void taianScienceDay() {
        as("taian");
        long taian = id("泰安市科学技术协会");
        CampaignForm f = form("2022年全国科普日", CampaignKind.SCIENCE_DAY, "喜迎二十大，科普向未来", taian,
                LocalDate.of(2022, 9, 15), LocalDate.of(2022, 9, 21), LocalDate.of(2022, 8, 15), LocalDate.of(2022, 9, 25));
        f.setQuotaIds(plans.quotasIssuedBy(taian).stream().filter(q -> q.label().contains("全国科普日活动"))
                .map(PlanCatalog.QuotaChoice::id).toList());
        Campaign c = management.create(f);
        int day = 0;
        String[][] rows = {
                {"taishan", "泰山区科学技术协会", "2022年泰山区全国科普日主场活动", "泰山区岱庙广场", "青少年,社区居民", "健康科普,双减", "A"},
                {"taishan", "泰山区科学技术协会", "食品安全进社区科普宣传", "泰山区财源街道社区服务中心", "社区居民,老年人", "食品安全", "A"},
                {"taishan", "泰山区科学技术协会", "“舌尖上的安全”科普讲座", "泰山区上高街道", "老年人", "食品安全", "A"},
                {"taishan", "泰山区新时代文明实践农业科技志愿服务队", "科技志愿服务进乡村", "泰山区邱家店镇", "农民", "乡村振兴", "A"},
                {"taishan", "泰山区科普教育基地（泰山区青少年科技活动中心）", "青少年科学实验开放日", "泰山区青少年科技活动中心", "青少年", "双减", "C"},
                {"taishan", "泰山区科学技术协会", "应急避险科普进校园", "泰山区实验学校", "青少年", "应急科普", "S"},
                {"taishan", "泰山区科学技术协会", "科学防疫知识宣讲", "泰山区徐家楼街道", "社区居民", "科学防疫", "R"},
                {"daiyue", "岱岳区科学技术协会", "2022年岱岳区全国科普日食品安全宣传活动", "岱岳区粥店街道", "社区居民", "食品安全", "A"},
                {"daiyue", "岱岳区科学技术协会", "农业科技大集", "岱岳区满庄镇", "农民", "乡村振兴", "C"},
                {"daiyue", "岱岳区科学技术协会", "数字素养提升课堂", "岱岳区天平街道", "老年人", "数字素养", "S"},
                {"daiyue", "岱岳区科学技术协会", "科普大篷车进校园", "岱岳区实验小学", "青少年", "双减", "D"},
                {"taian", "泰安市科技馆", "科技馆奇妙夜", "泰安市科技馆", "青少年", "双减", "C"},
                {"taian", "泰安市科技馆", "食品安全互动展", "泰安市科技馆", "青少年,社区居民", "食品安全", "A"},
                {"taian", "泰安市医学会", "健康科普专家义诊", "泰安市中心医院", "老年人,社区居民", "健康科普", "A"},
                {"taian", "泰安市农学会", "小麦秋种技术培训", "宁阳县伏山镇", "农民", "乡村振兴", "S"},
                {"taian", "山东农业大学科学技术协会", "农业院士科普报告会", "山东农业大学", "青少年,产业工人", "乡村振兴", "A"},
                {"taian", "泰开集团科学技术协会", "企业开放日", "泰开集团", "产业工人", "数字素养", "S"},
                {"taian", "泰山地质公园科普教育基地", "地质科普研学", "泰山地质公园", "青少年", "生态科普", "A"},
                {"taian", "新泰市科学技术协会", "2022年新泰市全国科普日启动仪式", "新泰市青云广场", "社区居民", "健康科普", "A"},
                {"taian", "肥城市科学技术协会", "桃乡食品安全大讲堂", "肥城市新城街道", "社区居民", "食品安全", "A"},
                {"taian", "宁阳县科学技术协会", "低碳生活科普展", "宁阳县文化广场", "社区居民", "低碳生活", "A"},
                {"taian", "东平县科学技术协会", "防灾减灾科普宣传", "东平县州城街道", "农民", "防灾避险", "A"},
        };
        for (String[] r : rows) {
            day++;
            as(r[0]);
            Organization organizer = organizations.named(r[1]).orElseThrow();
            LocalDateTime start = LocalDate.of(2022, 9, 15 + day % 7).atTime(9, 0);
            Activity a = register(c, organizer, r[2], r[3], List.of(r[4].split(",")), List.of(r[5].split(",")), start, day % 5 == 0);
            advance(c, a, r[6], LocalDate.of(2022, 8, 15).plusDays(day * 2L), reviewerLogin(a));
        }
    }

    private void weinanScienceDay() {
        as("weinan");
        CampaignForm f = form("2022年渭南市全国科普日", CampaignKind.SCIENCE_DAY, "喜迎二十大，科普向未来", id("渭南市科学技术协会"),
                LocalDate.of(2022, 9, 15), LocalDate.of(2022, 9, 21), LocalDate.of(2022, 8, 15), LocalDate.of(2022, 9, 25));
        f.setKeyPlanDeadline(LocalDate.of(2022, 9, 10));
        f.setCompletionDeadline(LocalDate.of(2022, 10, 10));
        f.setSummaryDeadline(LocalDate.of(2022, 9, 25));
        Campaign c = management.create(f);
        String[][] rows = {
                {"临渭区科学技术协会", "临渭区食品安全进农村科普宣传", "临渭区官道镇", "农民", "食品安全", "A"},
                {"临渭区科学技术协会", "临渭区节水科普进校园", "临渭区实验小学", "青少年", "生态科普", "C"},
                {"临渭区科学技术协会", "农产品质量与健康饮食讲座", "临渭区双王街道", "社区居民", "食品安全", "C"},
                {"华州区科学技术协会", "华州区食品安全科普联合行动", "华州区文化广场", "社区居民", "食品安全", "C"},
                {"华州区科学技术协会", "华州区乡村振兴科普联合行动", "华州区莲花寺镇", "农民", "乡村振兴", "S"},
                {"渭南市科技馆", "云上科普日直播", "线上", "青少年", "数字素养", "A"},
                {"渭南市科技馆", "科普阵地联合行动开放日", "渭南市科技馆", "青少年,社区居民", "双减", "D"},
        };
        int day = 0;
        for (String[] r : rows) {
            day++;
            Organization organizer = organizations.named(r[0]).orElseThrow();
            Activity a = register(c, organizer, r[1], r[2], List.of(r[3].split(",")), List.of(r[4].split(",")),
                    LocalDate.of(2022, 9, 15 + day % 7).atTime(14, 30), day == 1);
            advance(c, a, r[5], LocalDate.of(2022, 8, 20).plusDays(day * 3L), "weinan");
        }
    }

    private void taianSpring2022() {
        as("taian");
        CampaignForm f = form("2022年科普之春", CampaignKind.SPRING, "科技服务进乡村、科学教育进校园、健康科普进社区",
                id("泰安市科学技术协会"), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 4, 30), LocalDate.of(2022, 2, 15),
                LocalDate.of(2022, 4, 30));
        f.setNamingPattern("{年}年泰安市{主题}科普志愿服务活动");
        Campaign c = management.create(f);
        String[][] rows = {
                {"taishan", "泰山区科学技术协会", "2022年泰安市科技服务进乡村科普志愿服务活动", "A"},
                {"taishan", "泰山区科学技术协会", "2022年泰安市健康科普进社区科普志愿服务活动", "C"},
                {"daiyue", "岱岳区科学技术协会", "岱岳区科学教育进校园", "S"},
        };
        int day = 0;
        for (String[] r : rows) {
            day++;
            as(r[0]);
            Activity a = register(c, organizations.named(r[1]).orElseThrow(), r[2], "", List.of("社区居民"), List.of("健康科普"),
                    LocalDate.of(2022, 3, 10 + day * 5).atTime(9, 0), false);
            advance(c, a, r[3], LocalDate.of(2022, 3, 1 + day), "taian");
        }
    }

    /** Next spring's campaign, open for registration today, so the public page lists what is coming. */
    private void nextSpring() {
        as("taian");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        int year = today.getYear() + 1;
        CampaignForm f = form(year + "年科普之春", CampaignKind.SPRING, "科学普及 共享美好", id("泰安市科学技术协会"),
                LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 30), today.minusDays(10), LocalDate.of(year, 4, 30));
        Campaign c = management.create(f);
        String[][] rows = {
                {"taishan", "泰山区科学技术协会", "泰山区春季健康科普讲座", "泰山区岱庙街道社区服务中心", "健康科普", "老年人"},
                {"taishan", "泰山区科学技术协会", "食品安全进校园", "泰山区实验学校", "食品安全", "青少年"},
                {"taian", "泰安市科技馆", "机器人科普体验周", "泰安市科技馆", "数字素养", "青少年"},
                {"taian", "泰山地质公园科普教育基地", "春季地质研学", "泰山地质公园", "生态科普", "青少年"},
                {"daiyue", "岱岳区科学技术协会", "春耕农技服务", "岱岳区满庄镇", "乡村振兴", "农民"},
        };
        int day = 0;
        for (String[] r : rows) {
            day++;
            as(r[0]);
            Activity a = register(c, organizations.named(r[1]).orElseThrow(), r[2], r[3], List.of(r[5]), List.of(r[4]),
                    LocalDate.of(year, 3, 5 * day).atTime(9, 30), false);
            a.submit(clock.instant(), false, CurrentUser.username());
            if (day < 5) {
                as(reviewerFor(a));
                review.review(a.getId(), true, "同意");
            }
        }
    }

    private Activity register(Campaign c, Organization organizer, String name, String place, List<String> groups, List<String> topics,
            LocalDateTime start, boolean key) {
        ActivityForm f = new ActivityForm();
        f.setCampaignId(c.getId());
        f.setOrganizerId(organizer.getId());
        f.setName(name);
        f.setStartsAt(start);
        f.setEndsAt(start.plusHours(3));
        f.setAddress(place.isBlank() ? organizer.getName() : place);
        f.setPersonInCharge(organizer.getContactPerson() == null ? "王老师" : organizer.getContactPerson());
        f.setPhone(organizer.getContactPhone() == null ? "0538-6221234" : organizer.getContactPhone());
        f.setTargetGroups(groups);
        f.setTopics(topics);
        f.setKeyActivity(key);
        f.setExpectedParticipants(100 + name.length() * 10);
        f.setVolunteers(5 + name.length() % 10);
        f.setDescription("围绕“" + (c.getTheme() == null ? c.getName() : c.getTheme()) + "”开展" + String.join("、", topics) + "科普活动。");
        return registration.save(null, f, false).activity();
    }

    /** Moves a draft on to {@code state}: D draft, S submitted, R returned, A approved, C approved and completed. */
    private void advance(Campaign c, Activity a, String state, LocalDate submittedOn, String reviewer) {
        if (state.equals("D")) {
            return;
        }
        a.submit(submittedOn.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), false, CurrentUser.username());
        if (state.equals("S")) {
            return;
        }
        as(reviewer.equals(a.getSubmittedBy()) ? above(reviewer) : reviewer);
        review.review(a.getId(), !state.equals("R"), state.equals("R") ? "活动地点不具体，请补充到社区或村" : "同意");
        if (state.equals("C")) {
            a.complete(a.getExpectedParticipants() + 20, a.getVolunteers(), "活动按计划举办，群众反响良好。",
                    List.of(new ActivityLink(ActivityLink.NEWS, "https://www.example.cn/news/" + a.getId())),
                    c.getEventEnd().plusDays(5).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), false);
        }
    }

    /** The demo login that reviews the activity: the county's own, or the city's. */
    /** The reviewing unit's login — or, where that person submitted it, the association above (nobody reviews their own). */
    private static String reviewerFor(Activity a) {
        String login = reviewerLogin(a);
        return login.equals(a.getSubmittedBy()) ? above(login) : login;
    }

    private static String above(String login) {
        return login.equals("taishan") ? "taian" : "admin";
    }

    private static String reviewerLogin(Activity a) {
        String reviewer = a.getReviewer().getName();
        return reviewer.equals("泰山区科学技术协会") ? "taishan" : reviewer.startsWith("渭南") ? "weinan" : "taian";
    }

    private long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    private static CampaignForm form(String name, CampaignKind kind, String theme, long organizer, LocalDate eventStart,
            LocalDate eventEnd, LocalDate registrationStart, LocalDate registrationEnd) {
        CampaignForm f = new CampaignForm();
        f.setName(name);
        f.setKind(kind);
        f.setTheme(theme);
        f.setOrganizerId(organizer);
        f.setEventStart(eventStart);
        f.setEventEnd(eventEnd);
        f.setRegistrationStart(registrationStart);
        f.setRegistrationEnd(registrationEnd);
        return f;
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
