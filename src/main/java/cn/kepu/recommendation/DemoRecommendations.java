package cn.kepu.recommendation;

import java.math.BigDecimal;
import java.time.LocalDate;
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

import cn.kepu.activity.RecommendableActivities.Candidate;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;

/**
 * The seed notice's 推荐评选 of 渭南市科协 for its 2022 science day — 先进单位 and 优秀活动, with the counties'
 * recommendations passed, returned, rejected, waiting or still drafts, the best forwarded into 陕西省科协's rounds, the
 * unit list fixed and the activities in 公示 — and 泰安市科协's 2022年科普之春 优秀活动 as a second issuer's round. Entered
 * as the demo users would, then dated back to 2022.
 */
@Component
@Profile("demo")
@Order(7)
class DemoRecommendations implements ApplicationRunner {

    private static final String SCIENCE_DAY = "2022年渭南市全国科普日";

    private final RecommendationRounds rounds;
    private final RoundOpening opening;
    private final Recommending recommending;
    private final RecommendationReview review;
    private final Forwarding forwarding;
    private final RoundPublishing publishing;
    private final RoundCatalog catalog;
    private final OrganizationDirectory organizations;
    private final UserDetailsService users;

    DemoRecommendations(RecommendationRounds rounds, RoundOpening opening, Recommending recommending,
            RecommendationReview review, Forwarding forwarding, RoundPublishing publishing, RoundCatalog catalog,
            OrganizationDirectory organizations, UserDetailsService users) {
        this.rounds = rounds;
        this.opening = opening;
        this.recommending = recommending;
        this.review = review;
        this.forwarding = forwarding;
        this.publishing = publishing;
        this.catalog = catalog;
        this.organizations = organizations;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (rounds.count() > 0) {
            return;
        }
        try {
            as("shaanxi");
            Organization shaanxi = unit("陕西省科学技术协会");
            RecommendationRound provinceUnits = open("陕西省2022年全国科普日先进单位推荐", RoundKind.UNIT, null, shaanxi, 5, null);
            RecommendationRound provinceActivities = open("陕西省2022年全国科普日优秀活动推荐", RoundKind.ACTIVITY, SCIENCE_DAY,
                    shaanxi, 5, null);

            as("weinan");
            Organization weinan = unit("渭南市科学技术协会");
            RecommendationRound units = open("渭南市2022年全国科普日先进单位推荐", RoundKind.UNIT, null, weinan, 2, provinceUnits);
            RecommendationRound activities = open("渭南市2022年全国科普日优秀活动推荐", RoundKind.ACTIVITY, SCIENCE_DAY, weinan, 3,
                    provinceActivities);

            as("linwei");
            Recommendation linweiUnit = recommendUnit(units, "临渭区科学技术协会", 32,
                    "组织开展全国科普日系列活动12场，覆盖全区所有镇街，参与群众1.2万人次；围绕食品安全、节约用水开展进农村、进校园活动，社会反响良好。",
                    "同意推荐。");
            Recommendation water = recommendActivity(activities, "临渭区节水科普进校园", "活动覆盖全区20所中小学，形式新颖，同意推荐。");
            Recommendation lecture = recommendActivity(activities, "农产品质量与健康饮食讲座", "同意推荐。");
            as("huazhou");
            Recommendation huazhouUnit = recommendUnit(units, "华州区科学技术协会", 18,
                    "开展食品安全、乡村振兴科普联合行动，组织科技志愿者深入莲花寺镇服务群众。", "同意推荐。");
            Candidate food = candidate(activities, "华州区科学技术协会", "华州区食品安全科普联合行动");
            RecommendationForm draft = recommending.prefill(activities, unit("华州区科学技术协会"), food.id(), null);
            recommending.create(activities.getId(), draft, false);

            as("weinan");
            review.score(water.getId(), new BigDecimal("92.5"));
            review.score(lecture.getId(), new BigDecimal("76"));
            review.review(linweiUnit.getId(), RecommendationState.PASSED, "工作扎实，成效明显，同意推荐为先进单位。", null);
            review.review(huazhouUnit.getId(), RecommendationState.RETURNED, null, "主要事迹过于简略，请补充活动场次、参与人数等数据后重新提交。");
            review.review(water.getId(), RecommendationState.PASSED, "活动覆盖面广，形式新颖，同意推荐。", null);
            review.review(lecture.getId(), RecommendationState.REJECTED, "与其他推荐活动相比，规模和影响较小。", null);
            review.select(linweiUnit.getId(), true);
            review.select(water.getId(), true);
            forwarding.forward(units.getId(), List.of(linweiUnit.getId()));
            forwarding.forward(activities.getId(), List.of(water.getId()));
            publishing.startPublicity(units.getId(), catalog.today());
            publishing.fixAwards(units.getId());
            publishing.startPublicity(activities.getId(), catalog.today());

            as("taian");
            Organization taian = unit("泰安市科学技术协会");
            RecommendationRound spring = open("泰安市2022年科普之春优秀活动推荐", RoundKind.ACTIVITY, "2022年科普之春", taian, 2, null);
            as("taishan");
            Organization taishan = unit("泰山区科学技术协会");
            recommending.activityChoices(spring, taishan).stream().filter(Candidate::eligible).findFirst().ifPresent(a -> {
                RecommendationForm f = recommending.prefill(spring, taishan, a.id(), null);
                f.setRecommenderOpinion("活动贴近群众需求，同意推荐。");
                recommending.create(spring.getId(), f, true);
            });

            units.backdate(LocalDate.of(2022, 10, 10), LocalDate.of(2022, 10, 20));
            activities.backdate(LocalDate.of(2022, 10, 10), LocalDate.of(2022, 10, 20));
            provinceUnits.backdate(LocalDate.of(2022, 10, 31), null);
            provinceActivities.backdate(LocalDate.of(2022, 10, 31), null);
            spring.backdate(LocalDate.of(2022, 5, 31), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private RecommendationRound open(String title, RoundKind kind, String campaign, Organization issuer, int quota,
            RecommendationRound next) {
        RoundForm f = new RoundForm();
        f.setTitle(title);
        f.setKind(kind);
        if (campaign != null) {
            f.setCampaignId(opening.campaigns(issuer).stream().filter(c -> c.name().equals(campaign)).findFirst().orElseThrow().id());
        }
        f.setRecommenderIds(opening.groups(issuer).values().iterator().next().stream().map(Organization::getId).toList());
        f.setQuota(quota);
        f.setDeadline(catalog.today().plusDays(30));
        f.setNextRoundId(next == null ? null : next.getId());
        return opening.open(f);
    }

    private Recommendation recommendUnit(RecommendationRound round, String name, int staff, String deeds, String opinion) {
        Organization unit = unit(name);
        RecommendationForm f = recommending.prefill(round, unit, null, unit.getId());
        f.setStaffCount(staff);
        f.setMainText(deeds);
        f.setRecommenderOpinion(opinion);
        return recommending.create(round.getId(), f, true);
    }

    private Recommendation recommendActivity(RecommendationRound round, String name, String opinion) {
        Organization recommender = catalog.recommenderIn(round).orElseThrow();
        Candidate a = candidate(round, recommender.getName(), name);
        RecommendationForm f = recommending.prefill(round, recommender, a.id(), null);
        f.setRecommenderOpinion(opinion);
        return recommending.create(round.getId(), f, true);
    }

    private Candidate candidate(RecommendationRound round, String recommender, String name) {
        return recommending.activityChoices(round, unit(recommender)).stream().filter(a -> a.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalStateException("演示活动不存在：" + name));
    }

    private Organization unit(String name) {
        return organizations.named(name).orElseThrow();
    }

    private void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
