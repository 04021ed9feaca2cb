package cn.kepu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.activity.ActivityFigures;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.plan.UnitFigures;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.Users;

/** Scoring the demo's 2022 work of three county associations from what plan and activity hold. */
@KepuTest
class AssessingTests {

    @Autowired
    Assessing assessing;
    @Autowired
    UnitFigures planFigures;
    @Autowired
    ActivityFigures activityFigures;
    @Autowired
    PlanCatalog plans;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    @Test
    @DisplayName("按2022年清单和全国科普日考核三个县：活动数取自台账、食品安全活动取自审核通过的活动、按时完成取自任务，加上人工评分和加分；名次按总分；县里只看到本县的数据")
    void scoresFromWhatTheModulesHold() {
        Users.as(users, "taian");
        WorkPlan checklist = plans.visible().stream().filter(p -> p.getTitle().equals("泰安市科协2022年科普工作任务清单"))
                .findFirst().orElseThrow();
        Organization taishan = organizations.named(Demo.TAISHAN).orElseThrow();
        Organization daiyue = organizations.named(Demo.DAIYUE).orElseThrow();
        Organization xintai = organizations.named("新泰市科学技术协会").orElseThrow();
        List<Organization> counties = List.of(taishan, daiyue, xintai);
        long quota = plans.quotasIssuedBy(checklist.getIssuer().getId()).stream()
                .filter(q -> q.label().startsWith(checklist.getTitle()) && q.label().contains("全国科普日活动"))
                .map(PlanCatalog.QuotaChoice::id).filter(q -> planFigures.quota(checklist.getId(), q).containsKey(taishan.getId()))
                .findFirst().orElseThrow();
        long campaign = jdbc.queryForObject("select id from campaign where name = '2022年全国科普日'", Long.class);

        Indicator scheme = Indicator.group("2022年度科普工作目标责任考核",
                Indicator.scored("全国科普日活动", "10", Rule.Proportional.capped()),
                Indicator.scored("食品安全活动", "5", Rule.Proportional.capped()),
                Indicator.scored("按时完成", "10", new Rule.Timeliness(new BigDecimal("1"))),
                Indicator.scored("工作总结", "5", new Rule.Manual()),
                Indicator.adjustment("受省级表彰", new Rule.Adjustment(new BigDecimal("2"), new BigDecimal("4"))));
        Map<String, Source> sources = new LinkedHashMap<>();
        sources.put("全国科普日活动", new Source.PlanQuota(checklist.getId(), quota));
        sources.put("食品安全活动", new Source.CampaignActivities(campaign, "食品安全", 2));
        sources.put("按时完成", new Source.OnTime(checklist.getId(), java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2022, 12, 31)));
        Map<Long, Map<String, Figure>> given = Map.of(
                taishan.getId(), Map.of("工作总结", Figure.given("4"), "受省级表彰", Figure.given("1")),
                daiyue.getId(), Map.of("工作总结", Figure.given("5")));

        List<Assessing.Result> results = assessing.results(scheme, counties, sources, given,
                new Grades.ByScore(Map.of("优秀", new BigDecimal("20")), "合格"));
        assertThat(results).hasSize(3);
        for (int i = 1; i < results.size(); i++) {
            assertThat(results.get(i).score().scored()).isLessThanOrEqualTo(results.get(i - 1).score().scored());
            assertThat(results.get(i).rank()).isGreaterThanOrEqualTo(results.get(i - 1).rank());
        }
        Assessing.Result ts = results.stream().filter(r -> r.organizationId() == taishan.getId()).findFirst().orElseThrow();
        UnitFigures.QuotaFigure ledger = planFigures.quota(checklist.getId(), quota).get(taishan.getId());
        assertThat(ts.score().children().get(0).why()).startsWith("完成" + ledger.actual().stripTrailingZeros().toPlainString()
                + "，目标" + ledger.target().stripTrailingZeros().toPlainString());
        long food = activityFigures.countingWithin(campaign, "食品安全", counties).get(taishan.getId());
        assertThat(ts.score().children().get(1).why()).startsWith("完成" + food + "，目标2");
        assertThat(ts.score().children().get(4).scored()).isEqualByComparingTo("2");
        assertThat(ts.score().scored()).isEqualByComparingTo(ts.score().children().stream()
                .map(Indicator.Score::scored).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(ts.grade()).isEqualTo(ts.score().scored().compareTo(new BigDecimal("20")) >= 0 ? "优秀" : "合格");

        // A county reads only its own figures: the others' computed indicators have no data for it.
        Users.as(users, "daiyue");
        Map<Long, Map<String, Figure>> seen = assessing.figures(counties, sources);
        assertThat(seen.get(daiyue.getId())).containsKey("全国科普日活动");
        assertThat(seen.get(taishan.getId())).doesNotContainKey("全国科普日活动");
    }
}
