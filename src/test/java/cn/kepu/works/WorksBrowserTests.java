package cn.kepu.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

import cn.kepu.expert.Expert;
import cn.kepu.expert.ExpertRegistry;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.PhoneNumber;
import cn.kepu.support.Users;

@KepuTest
class WorksBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    CallManagement management;
    @Autowired
    WorkReview review;
    @Autowired
    Works works;
    @Autowired
    ExpertRegistry experts;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    @Test
    @DisplayName("公众不登录在征集页面提交挂图：电话填错时提示且保留所填，改正后提交成功；发布单位登录后形式审查通过，按专家评分表录入评分，超出范围被拒绝，改正后显示平均分")
    void submitPubliclyThenScore() throws Exception {
        Users.as(users, "admin");
        OrganizationForm city = new OrganizationForm();
        city.setName(Demo.unique("作品浏览器测试市科学技术协会"));
        city.setUnitType(UnitType.ASSOCIATION);
        city.setLevel(OrgLevel.CITY);
        city.setParentId(organizations.named(Demo.SHANDONG).orElseThrow().getId());
        Organization issuer = organizationManagement.create(city);
        CallForm f = CallForm.blank().choose(WorkCategory.VIDEO).choose(WorkCategory.POSTER);
        f.setIssuerId(issuer.getId());
        f.setTitle(Demo.unique("科普挂图大赛（浏览器测试）"));
        f.setYear(LocalDate.now(clock).getYear());
        f.setOpensOn(LocalDate.now(clock).minusDays(1));
        f.setClosesOn(LocalDate.now(clock).plusDays(20));
        f.setRules("作品须为原创。");
        WorkCall call = management.open(f);
        // A demo expert: tests add none (ExpertTests counts the registry while other classes run beside it).
        Expert expert = experts.experts(new ExpertRegistry.Filter("刘振华", null, null, null, false, null), 0, 20).getContent()
                .stream().filter(x -> x.getName().equals("刘振华")).findFirst().orElseThrow();
        review.assign(call.getId(), expert.getId());
        Users.nobody();
        Path poster = Files.write(Files.createTempDirectory("works").resolve("节约用水.png"), DemoWorks.poster(3));

        browser.driver().manage().deleteAllCookies();
        browser.open("/public/work-calls/" + call.getId());
        assertThat(browser.waitFor(By.tagName("header")).getText()).contains("科普作品征集");
        assertThat(browser.waitFor(By.id("call-rules")).getText()).contains("挂图：pdf/jpg/png文件，不超过20MB");
        new Select(browser.driver().findElement(By.id("category"))).selectByVisibleText("挂图");
        browser.type(By.id("title"), "节约用水从我做起");
        browser.type(By.id("authors"), "高小雨");
        browser.type(By.id("authorUnit"), "泰山第二实验小学");
        browser.type(By.id("phone"), "12345");
        browser.driver().findElement(By.id("file")).sendKeys(poster.toString());
        browser.click(By.cssSelector("input[type=checkbox][name=original]"));
        browser.click(By.cssSelector("input[type=checkbox][name=consent]"));
        browser.press(By.id("send"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains(PhoneNumber.PROBLEM);
        assertThat(browser.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo("节约用水从我做起");
        assertThat(browser.driver().findElement(By.id("authorUnit")).getAttribute("value")).isEqualTo("泰山第二实验小学");
        assertThat(browser.driver().findElement(By.cssSelector("input[type=checkbox][name=consent]")).isSelected()).isTrue();

        browser.screenshot("works-public-form");
        browser.type(By.id("phone"), "13912345678");
        browser.driver().findElement(By.id("file")).sendKeys(poster.toString());
        browser.press(By.id("send"));
        browser.waitForText(By.id("flash-message"), "已收到您的作品“节约用水从我做起”");
        Work w = works.findByCall_IdOrderByCategoryAscIdAsc(call.getId()).get(0);
        assertThat(w.getPhoneMasked()).isEqualTo("139****5678");

        browser.login("admin", Demo.PASSWORD);
        browser.menu("nav-work-calls");
        browser.click(By.linkText(call.getTitle()));
        assertThat(browser.waitFor(By.id("work-" + w.getId())).getText()).contains("139****5678").contains("待审查")
                .doesNotContain("13912345678");
        browser.click(By.cssSelector("#work-" + w.getId() + " a"));
        browser.waitFor(By.id("check-form"));
        assertThat(browser.text(By.id("phone"))).isEqualTo("139****5678");
        browser.press(By.id("reveal-phone"));
        browser.waitForText(By.id("phone"), "13912345678");
        browser.click(By.id("decision-ACCEPT"));
        browser.press(By.id("save-check"));
        browser.waitForText(By.id("flash-message"), "形式审查通过");

        browser.click(By.id("call-link"));
        browser.click(By.id("sheet-" + expert.getId()));
        browser.type(By.id("points-" + w.getId()), "120");
        browser.press(By.id("save-scores"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("“节约用水从我做起”：评分应在0到100之间，“120”超出了范围");
        assertThat(browser.driver().findElement(By.id("points-" + w.getId())).getAttribute("value")).isEqualTo("120");
        browser.type(By.id("points-" + w.getId()), "88.5");
        browser.press(By.id("save-scores"));
        browser.waitForText(By.id("flash-message"), "已保存刘振华的评分（1件作品）");
        assertThat(browser.text(By.cssSelector("#work-" + w.getId() + " .mean"))).isEqualTo("88.5");
        browser.screenshot("works-call");
    }

    @Test
    @DisplayName("发布征集通知：未选类别时提示且保留所填，选上短视频和讲解后发布；公众在作品库按类别筛选获奖作品，打开获奖名单公示，页面没有联系电话")
    void openACallAndBrowseTheLibrary() throws Exception {
        browser.login("taian", Demo.PASSWORD);
        browser.menu("nav-work-calls");
        browser.click(By.id("new-call"));
        browser.waitFor(By.id("call-form"));
        String title = Demo.unique("泰安市科普讲解大赛（浏览器测试）");
        browser.type(By.id("title"), title);
        browser.type(By.id("rules"), "每位选手讲解不超过8分钟。");
        browser.press(By.id("save-call"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("请至少选择一个作品类别");
        assertThat(browser.driver().findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
        browser.click(By.cssSelector("#categories tr[data-category=VIDEO] input[type=checkbox][name$='.chosen']"));
        browser.click(By.cssSelector("#categories tr[data-category=TALK] input[type=checkbox][name$='.chosen']"));
        browser.press(By.id("save-call"));
        browser.waitForText(By.id("flash-message"), "已发布“" + title + "”");
        assertThat(browser.text(By.id("categories"))).contains("短视频：mp4文件，不超过200MB，或填写作品链接").contains("讲解");
        assertThat(browser.text(By.id("call-info"))).contains(Demo.TAIAN);

        browser.driver().manage().deleteAllCookies();
        browser.open("/public/works");
        new Select(browser.waitFor(By.id("category"))).selectByVisibleText("挂图");
        browser.press(By.cssSelector("#library-filter button"));
        browser.await().until(d -> path().contains("category=POSTER"));
        List<String> titles = browser.all(By.cssSelector("#library .work-title")).stream().map(x -> x.getText()).toList();
        assertThat(titles).contains("东平湖湿地鸟类图鉴", "防范电信诈骗十招").doesNotContain("泰山古树会说话");
        assertThat(titles.get(0)).as("一等奖 first").isEqualTo("东平湖湿地鸟类图鉴");
        assertThat(browser.all(By.cssSelector("#library img.card-img-top"))).isNotEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain("13953810006").doesNotContain("139****0006");
        browser.screenshot("works-library");

        browser.open("/public/work-calls");
        browser.click(By.linkText(DemoWorks.TITLE));
        browser.waitForText(By.id("public-title"), DemoWorks.TITLE + "获奖名单公示");
        assertThat(browser.all(By.cssSelector("#awarded .awarded-work"))).hasSize(DemoWorks.WORKS.length);
        browser.screenshot("works-awards");
        assertThat(browser.driver().getPageSource()).doesNotContain("1395381").doesNotContain("****");
    }

    String path() {
        return browser.driver().getCurrentUrl();
    }

    @Test
    @DisplayName("单位登录报送讲解作品（链接）；发布单位审查通过，修改征集通知截止日期后评定一等奖并公示，公示页列出获奖作品并可下载获奖名单")
    void submitForAUnitAwardAndPublish() throws Exception {
        Users.as(users, "admin");
        OrganizationForm city = new OrganizationForm();
        city.setName(Demo.unique("作品公示测试市科学技术协会"));
        city.setUnitType(UnitType.ASSOCIATION);
        city.setLevel(OrgLevel.CITY);
        city.setParentId(organizations.named(Demo.SHANDONG).orElseThrow().getId());
        Organization issuer = organizationManagement.create(city);
        OrganizationForm countyForm = new OrganizationForm();
        countyForm.setName(Demo.unique("作品公示测试县科学技术协会"));
        countyForm.setUnitType(UnitType.ASSOCIATION);
        countyForm.setLevel(OrgLevel.COUNTY);
        countyForm.setParentId(issuer.getId());
        Organization county = organizationManagement.create(countyForm);
        CallForm f = CallForm.blank().choose(WorkCategory.TALK);
        f.setIssuerId(issuer.getId());
        f.setTitle(Demo.unique("科普讲解大赛（公示测试）"));
        f.setYear(LocalDate.now(clock).getYear());
        f.setOpensOn(LocalDate.now(clock).minusDays(1));
        f.setClosesOn(LocalDate.now(clock).plusDays(20));
        WorkCall call = management.open(f);
        Users.nobody();

        browser.login("admin", Demo.PASSWORD);
        browser.open("/work-calls/" + call.getId());
        browser.click(By.id("submit-work"));
        new Select(browser.waitFor(By.id("submittingUnitId"))).selectByVisibleText(county.getName());
        new Select(browser.driver().findElement(By.id("category"))).selectByVisibleText("讲解");
        browser.type(By.id("title"), "走进气象站");
        browser.type(By.id("authors"), "秦朗");
        browser.type(By.id("phone"), "13511112222");
        browser.type(By.id("link"), "https://v.example.com/weather");
        browser.click(By.cssSelector("input[type=checkbox][name=original]"));
        browser.click(By.cssSelector("input[type=checkbox][name=consent]"));
        browser.press(By.id("send"));
        browser.waitForText(By.id("flash-message"), "已报送“走进气象站”");
        assertThat(browser.text(By.id("work"))).contains(county.getName()).contains("135****2222").contains("https://v.example.com/weather");
        browser.click(By.id("decision-ACCEPT"));
        browser.press(By.id("save-check"));
        browser.waitForText(By.id("flash-message"), "形式审查通过");
        Work w = works.findByCall_IdOrderByCategoryAscIdAsc(call.getId()).get(0);

        browser.click(By.id("call-link"));
        browser.click(By.id("edit-call"));
        browser.waitFor(By.id("call-form"));
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id("opensOn")),
                LocalDate.now(clock).minusDays(30).toString());
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id("closesOn")),
                LocalDate.now(clock).minusDays(1).toString());
        browser.press(By.id("save-call"));
        browser.waitForText(By.id("flash-message"), "已保存");
        assertThat(browser.text(By.id("stage"))).isEqualTo("评审中");

        new Select(browser.driver().findElement(By.id("award-" + w.getId()))).selectByVisibleText("一等奖");
        browser.press(By.id("save-awards"));
        browser.waitForText(By.id("flash-message"), "已保存奖项");
        assertThat(browser.text(By.cssSelector("#work-" + w.getId() + " .award"))).isEqualTo("一等奖");
        browser.press(By.id("publish"));
        browser.waitForText(By.id("flash-message"), "获奖名单已公示");
        assertThat(browser.text(By.id("stage"))).isEqualTo("已公示");
        assertThat(browser.all(By.id("award-list"))).hasSize(1);

        browser.open(browser.driver().findElement(By.id("public-awards")).getAttribute("href").replaceFirst("^https?://[^/]+", ""));
        browser.waitForText(By.id("public-title"), call.getTitle() + "获奖名单公示");
        assertThat(browser.text(By.id("awarded"))).contains("讲解").contains("一等奖").contains("走进气象站").contains("秦朗")
                .doesNotContain("135****2222").doesNotContain("13511112222");
        assertThat(browser.driver().findElement(By.id("award-list")).getAttribute("href")).endsWith("/awards.docx");
    }

    @Test
    @DisplayName("分组评审：发布单位把通过审查的作品分给专家，每件1位；专家的评分表只列分给他的作品；评审结果按类别排名")
    void reviewGroupsAndResults(@Autowired WorkSubmission submission) throws Exception {
        Users.as(users, "admin");
        OrganizationForm city = new OrganizationForm();
        city.setName(Demo.unique("分组评审浏览器测试市科学技术协会"));
        city.setUnitType(UnitType.ASSOCIATION);
        city.setLevel(OrgLevel.CITY);
        city.setParentId(organizations.named(Demo.SHANDONG).orElseThrow().getId());
        Organization issuer = organizationManagement.create(city);
        CallForm f = CallForm.blank().choose(WorkCategory.VIDEO);
        f.setIssuerId(issuer.getId());
        f.setTitle(Demo.unique("科普短视频大赛（分组评审）"));
        f.setYear(LocalDate.now(clock).getYear());
        f.setOpensOn(LocalDate.now(clock).minusDays(1));
        f.setClosesOn(LocalDate.now(clock).plusDays(20));
        WorkCall call = management.open(f);
        List<Expert> panel = List.of(expert("张宪法"), expert("王立红"));
        panel.forEach(e -> review.assign(call.getId(), e.getId()));
        List<Work> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            SubmissionForm s = new SubmissionForm();
            s.setCategory(WorkCategory.VIDEO);
            s.setTitle("分组短视频" + i);
            s.setAuthors("作者" + i);
            s.setAuthorUnit("第" + i + "中学");
            s.setPhone("1391234567" + i);
            s.setLink("https://v.example.com/group" + i);
            s.setOriginal(true);
            s.setConsent(true);
            Work w = submission.submitPublicly(call.getId(), s, null, "10.40.0." + i);
            review.check(w.getId(), true, null);
            sent.add(w);
        }
        Users.nobody();

        browser.login("admin", Demo.PASSWORD);
        browser.open("/work-calls/" + call.getId());
        browser.type(By.id("perWork"), "1");
        browser.press(By.id("distribute"));
        browser.waitForText(By.id("flash-message"), "已把2件作品分给评审专家，每件1位");
        assertThat(browser.text(By.id("grouped"))).contains("已分组评审");

        browser.click(By.id("sheet-" + panel.get(0).getId()));
        browser.waitFor(By.id("sheet"));
        assertThat(browser.all(By.cssSelector("#sheet tbody tr[data-work]"))).as("每件1位：张宪法只评一件").hasSize(1);
        String given = browser.all(By.cssSelector("#sheet tbody tr[data-work]")).get(0).getAttribute("data-work");
        browser.type(By.id("points-" + given), "91.5");
        browser.press(By.id("save-scores"));
        browser.waitForText(By.id("flash-message"), "已保存张宪法的评分（1件作品）");

        browser.click(By.id("results-link"));
        browser.waitFor(By.id("results-VIDEO"));
        assertThat(browser.text(By.id("results-VIDEO"))).contains("通过形式审查 2 件，已评分 1 件");
        assertThat(browser.text(By.cssSelector("#results-VIDEO tr[data-work='" + given + "']"))).contains("91.5");
        assertThat(browser.text(By.cssSelector("#results-VIDEO tr[data-work='" + given + "'] .rank"))).isEqualTo("1");
        browser.screenshot("works-results");
    }

    Expert expert(String name) {
        return experts.experts(new ExpertRegistry.Filter(name, null, null, null, false, null), 0, 20).getContent()
                .stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
    }
}
