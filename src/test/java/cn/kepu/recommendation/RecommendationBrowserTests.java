package cn.kepu.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.activity.RecommendableActivities;
import cn.kepu.activity.RecommendableActivities.Candidate;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.Users;

@KepuTest
class RecommendationBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    RoundOpening opening;
    @Autowired
    RoundCatalog catalog;
    @Autowired
    RecommendableActivities activities;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @BeforeEach
    void setUp() {
        browser.at(port);
    }

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    void date(String id, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), isoDate);
    }

    Organization unit(String name) {
        return organizations.named(name).orElseThrow();
    }

    @Test
    @DisplayName("市科协发起优秀活动推荐，临渭区选活动后推荐表自动填好、未完善信息的活动被拒且已填内容保留，市科协退回须填原因、审核通过、评分、选为拟表彰并报送省科协，公示页面无需登录且不显示联系电话")
    void recommendReviewForwardPublish() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Users.as(users, "shaanxi");
        RoundForm p = new RoundForm();
        p.setTitle(Demo.unique("浏览器省优秀活动推荐"));
        p.setKind(RoundKind.ACTIVITY);
        p.setCampaignId(opening.campaigns(unit("陕西省科学技术协会")).stream().filter(c -> c.name().equals("2022年渭南市全国科普日"))
                .findFirst().orElseThrow().id());
        p.setRecommenderIds(List.of(unit(Demo.WEINAN).getId()));
        p.setQuota(5);
        p.setDeadline(today.plusDays(20));
        RecommendationRound province = opening.open(p);
        Users.nobody();

        browser.login("weinan", Demo.PASSWORD);
        browser.open("/recommendation-rounds");
        browser.waitFor(By.id("current-user"));
        browser.click(By.id("new-round"));
        browser.waitFor(By.id("title"));
        String title = Demo.unique("浏览器优秀活动推荐");
        browser.type(By.id("title"), title);
        new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("活动");
        new Select(browser.driver().findElement(By.id("campaignId"))).selectByVisibleText("2022年渭南市全国科普日");
        browser.click(By.xpath("//div[@id='recommender-groups']/button[contains(., '下级科协')]"));
        assertThat(browser.driver().findElement(By.id("recommender-" + unit("临渭区科学技术协会").getId())).isSelected()).isTrue();
        assertThat(browser.driver().findElement(By.id("recommender-" + unit("华州区科学技术协会").getId())).isSelected()).isTrue();
        browser.type(By.id("quota"), "2");
        date("deadline", today.plusDays(10).toString());
        new Select(browser.driver().findElement(By.id("nextRoundId"))).selectByValue(province.getId().toString());
        browser.press(By.id("open-round"));
        browser.waitForText(By.id("round-title"), title);
        assertThat(browser.text(By.id("recommenders"))).contains("临渭区科协").contains("华州区科协");
        String roundPath = browser.path();

        browser.login("linwei", Demo.PASSWORD);
        browser.open(roundPath);
        browser.click(By.id("recommend"));
        browser.waitFor(By.id("activityId"));
        Organization linwei = unit("临渭区科学技术协会");
        long campaign = province.getCampaignId();
        Candidate water = activities.within(campaign, linwei).stream().filter(a -> a.name().equals("临渭区节水科普进校园")).findFirst().orElseThrow();
        Candidate incomplete = activities.within(campaign, linwei).stream().filter(a -> a.name().equals("临渭区食品安全进农村科普宣传")).findFirst().orElseThrow();
        new Select(browser.driver().findElement(By.id("activityId"))).selectByValue(String.valueOf(incomplete.id()));
        browser.await().until(d -> "临渭区食品安全进农村科普宣传".equals(value("subjectName")));
        browser.type(By.id("recommenderOpinion"), "同意推荐，活动覆盖面广。");
        browser.press(By.id("submit-recommendation"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("尚未完善活动信息");
        assertThat(value("recommenderOpinion")).isEqualTo("同意推荐，活动覆盖面广。");

        new Select(browser.driver().findElement(By.id("activityId"))).selectByValue(String.valueOf(water.id()));
        browser.await().until(d -> "临渭区节水科普进校园".equals(value("subjectName")));
        assertThat(value("unitName")).isEqualTo("临渭区科学技术协会");
        assertThat(value("contactPerson")).isEqualTo(water.personInCharge());
        assertThat(value("contactPhone")).isEqualTo(water.phone());
        assertThat(value("mainText")).contains("活动按计划举办，群众反响良好。");
        browser.screenshot("recommendation-form");
        browser.type(By.id("recommenderOpinion"), "同意推荐，活动覆盖全区中小学。");
        browser.press(By.id("submit-recommendation"));
        browser.waitForText(By.id("state"), "已提交");
        assertThat(browser.text(By.id("recommender-opinion"))).isEqualTo("同意推荐，活动覆盖全区中小学。");
        String recommendationPath = browser.path();

        browser.login("weinan", Demo.PASSWORD);
        browser.open(recommendationPath);
        browser.click(By.id("decision-RETURNED"));
        browser.press(By.id("save-review"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("退回时请填写退回原因");
        browser.click(By.id("decision-PASSED"));
        browser.type(By.id("opinion"), "活动形式新颖，同意推荐。");
        browser.press(By.id("save-review"));
        browser.waitForText(By.id("state"), "已通过");
        assertThat(browser.text(By.id("review-opinion"))).isEqualTo("活动形式新颖，同意推荐。");
        browser.type(By.id("points"), "91.5");
        browser.press(By.id("score"));
        browser.waitForText(By.id("mean-score"), "平均分：91.5");
        browser.press(By.id("select"));
        browser.waitFor(By.id("selected-flag"));

        browser.open(roundPath);
        long id = Long.parseLong(recommendationPath.substring(recommendationPath.lastIndexOf('/') + 1));
        browser.click(By.id("forward-" + id));
        browser.press(By.id("forward"));
        browser.waitForText(By.id("flash-message"), "报送1个推荐");
        browser.open("/recommendation-rounds/" + province.getId());
        browser.waitFor(By.id("recommendations"));
        assertThat(browser.text(By.id("recommendations"))).contains("临渭区节水科普进校园").contains("转自临渭区科协");
        browser.click(By.linkText("临渭区节水科普进校园"));
        browser.waitFor(By.id("history"));
        assertThat(browser.all(By.cssSelector("#history .history-step"))).extracting(e -> e.getText())
                .anySatisfy(t -> assertThat(t).contains("临渭区科学技术协会").contains(title));

        browser.open(roundPath);
        date("until", today.plusDays(7).toString());
        browser.press(By.id("start-publicity"));
        browser.waitForText(By.id("round-stage"), "公示中");

        browser.driver().manage().deleteAllCookies();
        browser.open("/public/recommendation-rounds/" + roundPath.substring(roundPath.lastIndexOf('/') + 1));
        browser.waitFor(By.id("candidates"));
        assertThat(browser.text(By.id("public-title"))).isEqualTo(title + "拟表彰对象公示");
        assertThat(browser.all(By.cssSelector("#candidates .candidate-name"))).extracting(e -> e.getText())
                .containsExactly("临渭区节水科普进校园");
        assertThat(browser.text(By.id("candidates"))).contains("活动按计划举办").doesNotContain(water.phone())
                .doesNotContain(water.personInCharge());
        browser.screenshot("recommendation-public");
    }
}
