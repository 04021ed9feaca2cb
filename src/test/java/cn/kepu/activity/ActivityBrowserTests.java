package cn.kepu.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.TestImages;
import cn.kepu.support.KepuTest;
import cn.kepu.support.Users;

@KepuTest
class ActivityBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    ActivityRegistration registration;
    @Autowired
    ActivityReview review;
    @Autowired
    ActivityEvidence evidence;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;

    Campaign campaign;

    @BeforeEach
    void setUp() {
        browser.at(port);
        Users.as(users, "taian");
        campaign = campaigns.create(Fixtures.campaign(organizations));
        Users.nobody();
    }

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    long id(String name) {
        return organizations.named(name).orElseThrow().getId();
    }

    /** Date inputs take their value as the page's script would set it: typing depends on the browser's locale. */
    void date(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.driver().findElement(By.id(id)), isoDate);
    }

    String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    @Test
    @DisplayName("登记活动：电话填错时保留所填内容并说明；提交、本区科协审核通过、上传两张照片（显示缩略图）和一个视频、完善信息后材料齐全")
    void registerWithPhotos() throws Exception {
        browser.login("taishan", Demo.PASSWORD);
        browser.open("/campaigns");
        browser.waitFor(By.linkText(campaign.getName())).click();
        browser.waitFor(By.id("register")).click();
        String name = Demo.unique("泰山区食品安全进社区");
        browser.type(By.id("name"), name);
        browser.type(By.id("address"), "岱庙街道社区服务中心");
        browser.type(By.id("phone"), "0538-12");
        browser.driver().findElement(By.cssSelector("input[name=topics][value='食品安全']")).click();
        browser.press(By.id("submit"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("联系电话“0538-12”不是手机号或固定电话");
        assertThat(value("name")).isEqualTo(name);
        assertThat(value("address")).isEqualTo("岱庙街道社区服务中心");
        assertThat(browser.driver().findElement(By.cssSelector("input[name=topics][value='食品安全']")).isSelected()).isTrue();

        browser.type(By.id("phone"), "13805381234");
        browser.press(By.id("submit"));
        browser.waitForText(By.id("activity-state"), "已提交");
        assertThat(browser.text(By.id("reviewer"))).isEqualTo(Demo.TAISHAN);
        assertThat(browser.text(By.id("counted-topics"))).contains("食品安全");
        assertThat(browser.text(By.id("own-submission"))).contains("是您本人提交的，不能由您审核");
        assertThat(browser.all(By.id("approve"))).as("不审核自己提交的").isEmpty();
        String page = browser.path();

        browser.login("taian", Demo.PASSWORD);
        browser.open(page);
        browser.waitFor(By.id("comment")).sendKeys("同意，请活动后补充照片。");
        browser.press(By.id("approve"));
        browser.waitForText(By.id("activity-state"), "已通过");
        assertThat(browser.text(By.id("decisions"))).contains("通过").contains("taian").contains("同意，请活动后补充照片。");
        browser.login("taishan", Demo.PASSWORD);
        browser.open(page);
        Path dir = Files.createTempDirectory("photos");
        Path one = Files.write(dir.resolve("现场1.jpg"), TestImages.jpeg(1200, 800));
        Path two = Files.write(dir.resolve("现场2.png"), TestImages.png(640, 480));
        browser.driver().findElement(By.id("photo-files")).sendKeys(one + "\n" + two);
        browser.press(By.id("upload-photos"));
        browser.waitFor(By.cssSelector("img.photo-thumbnail"));
        assertThat(browser.all(By.cssSelector("img.photo-thumbnail"))).hasSize(2).allSatisfy(img ->
                assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript("return arguments[0].naturalWidth", img)).intValue())
                        .isEqualTo(320));

        Path video = Files.write(dir.resolve("活动现场.mp4"), TestImages.mp4(8192));
        browser.driver().findElement(By.id("video-file")).sendKeys(video.toString());
        browser.press(By.id("upload-video"));
        browser.waitForText(By.id("videos"), "活动现场.mp4");
        assertThat(browser.all(By.cssSelector("#videos video"))).hasSize(1);

        browser.type(By.id("actualParticipants"), "120");
        browser.type(By.id("summaryText"), "活动现场发放资料300份，群众反响良好。");
        browser.type(By.id("newsLinks"), "https://www.example.cn/news/1");
        browser.press(By.id("complete"));
        browser.waitForText(By.id("activity-state"), "信息已完善");
        assertThat(browser.text(By.id("evidence-complete"))).isEqualTo("材料齐全");
        assertThat(browser.text(By.id("activity-details"))).contains("实际120人").doesNotContain("预计").contains("https://www.example.cn/news/1");
        browser.screenshot("activity-completed");
    }

    @Test
    @DisplayName("上传汇总表：有错的行逐行逐列列出，可下载标注错误的文件，一项也没有登记")
    void uploadSheetWithError() throws Exception {
        String day = campaign.getEventStart().getMonthValue() + "月" + campaign.getEventStart().getDayOfMonth() + "日";
        String good = Demo.unique("汇总表里正确的活动");
        byte[] file = SummarySheetAndPublicTests.filled(SummarySheet.title(campaign),
                new String[] {"1", good, "", day + " 9:00-11:00", "岱庙街道", "孙丽", "13805381234", ""},
                new String[] {"2", "电话写错的活动", "", day, "岱庙街道", "孙丽", "0538", ""});
        Path path = Files.write(Files.createTempDirectory("sheet").resolve("活动项目汇总表.xlsx"), file);

        browser.login("taishan", Demo.PASSWORD);
        browser.open("/campaigns/" + campaign.getId());
        browser.driver().findElement(By.id("sheet-file")).sendKeys(path.toString());
        browser.press(By.id("upload-sheet"));
        WebElement problems = browser.waitFor(By.id("import-problems"));
        assertThat(problems.getText()).contains("第5行").contains("联系电话").contains("“0538”不是手机号或固定电话");
        assertThat(browser.text(By.id("import-rejected"))).contains("未导入任何数据");
        assertThat(browser.driver().findElement(By.id("error-workbook")).getAttribute("href")).contains("/sheet/errors/");
        assertThat(browser.text(By.id("activities"))).doesNotContain(good);
        browser.screenshot("activity-sheet-rejected");
    }

    @Test
    @DisplayName("审核：市科协在“只看待我审核”中找到市科技馆提交的活动并通过；统计图表页计入这一项并画出图表")
    void approveOne() throws Exception {
        Users.as(users, "admin");
        String name = Demo.unique("科技馆奇妙夜");
        registration.save(null, Fixtures.activity(campaign, id("泰安市科技馆"), name), true);
        Users.nobody();

        browser.login("taian", Demo.PASSWORD);
        browser.open("/campaigns/" + campaign.getId());
        browser.driver().findElement(By.id("to-review")).click();
        browser.driver().findElement(By.id("to-review")).submit();
        browser.waitFor(By.linkText(name)).click();
        browser.waitFor(By.id("comment")).sendKeys("同意");
        browser.press(By.id("approve"));
        browser.waitForText(By.id("activity-state"), "已通过");
        assertThat(browser.text(By.cssSelector(".alert-success"))).contains("已通过审核");

        browser.open("/campaigns/" + campaign.getId() + "/dashboard");
        assertThat(browser.waitFor(By.id("counted")).getText()).isEqualTo("1");
        assertThat(browser.text(By.id("by-area"))).contains("泰安市科协及直属单位");
        // The county table is written by the page's script from the figures: every county of 泰安, 泰山区 among them.
        assertThat(browser.waitFor(By.cssSelector("#food-safety tbody tr")).getText()).isNotBlank();
        assertThat(browser.text(By.id("food-safety"))).contains("泰山区科协", "岱岳区科协");
        browser.waitFor(By.cssSelector("#chart-area canvas"));
        browser.waitFor(By.cssSelector("#chart-group canvas"));
        browser.screenshot("campaign-dashboard");
    }

    @Test
    @DisplayName("撤销通过与删除：市科协写明原因撤销已通过的活动，活动退回并显示原因；举办单位随后删除它，回到活动列表")
    void withdrawApprovalThenDelete() {
        Users.as(users, "admin"); // submitted by someone else than the reviewer who will withdraw it
        String name = Demo.unique("科技馆周末课堂");
        long id = registration.save(null, Fixtures.activity(campaign, id("泰安市科技馆"), name), true).activity().getId();
        Fixtures.approve(review, users, id);
        Users.nobody();

        browser.login("taian", Demo.PASSWORD);
        browser.open("/activities/" + id);
        browser.press(By.id("withdraw-approval"));
        browser.await().until(ExpectedConditions.alertIsPresent()).accept();
        assertThat(browser.waitFor(By.id("flash-error")).getText()).isEqualTo("撤销通过时请填写原因，以便举办单位修改");
        browser.type(By.id("withdraw-reason"), "现场照片与活动内容不符");
        browser.press(By.id("withdraw-approval"));
        browser.await().until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitForText(By.id("activity-state"), "已退回");
        assertThat(browser.text(By.id("return-reason"))).isEqualTo("退回原因：现场照片与活动内容不符");

        browser.press(By.id("delete"));
        browser.await().until(ExpectedConditions.alertIsPresent()).accept();
        browser.waitForPath("/campaigns/" + campaign.getId());
        assertThat(browser.text(By.id("flash-message"))).isEqualTo("已删除活动“" + name + "”");
        assertThat(browser.text(By.id("activities"))).doesNotContain(name);
    }

    @Test
    @DisplayName("新建活动：填写期间和命名规则、勾选计入的计划指标；日期颠倒时保留所填内容并说明；再修改主题和逾期规则，指标仍在")
    void createCampaign() {
        browser.login("taian", Demo.PASSWORD);
        browser.open("/campaigns");
        browser.waitFor(By.id("new-campaign")).click();
        String name = Demo.unique("2026年科技活动周");
        browser.type(By.id("name"), name);
        date("eventStart", "2026-05-20");
        date("eventEnd", "2026-05-10");
        date("registrationStart", "2026-05-01");
        date("registrationEnd", "2026-05-31");
        browser.type(By.id("namingPattern"), "{年}年泰安市{主题}科普志愿服务活动");
        WebElement quota = browser.driver().findElement(By.cssSelector("#quota-choices input[name=quotaIds]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", quota);
        quota.sendKeys(Keys.SPACE);
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("活动期间的结束日期早于开始日期");
        assertThat(value("name")).isEqualTo(name);
        assertThat(value("namingPattern")).isEqualTo("{年}年泰安市{主题}科普志愿服务活动");

        date("eventEnd", "2026-05-26");
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("campaign-name")).getText()).isEqualTo(name);
        assertThat(browser.text(By.id("campaign-rules"))).contains("{年}年泰安市{主题}科普志愿服务活动").contains("2026年5月20日至5月26日");
        assertThat(browser.all(By.cssSelector("#campaign-quotas li"))).hasSize(1);

        browser.press(By.id("edit-campaign"));
        browser.type(By.id("theme"), "科普向未来");
        browser.driver().findElement(By.id("lateRefused1")).sendKeys(Keys.SPACE);
        browser.press(By.id("save"));
        browser.waitForText(By.id("campaign-rules"), "截止后不再接受提交");
        assertThat(browser.text(By.tagName("main"))).contains("主题：科普向未来");
        assertThat(browser.all(By.cssSelector("#campaign-quotas li"))).hasSize(1);
    }

    @Test
    @DisplayName("公众活动页（不登录）：列出已通过的即将举办的活动，可按主题筛选，有日历订阅链接")
    void publicPage() throws Exception {
        Users.as(users, "taishan");
        String name = Demo.unique("公众能看到的科学实验秀");
        ActivityForm form = Fixtures.activity(campaign, id(Demo.TAISHAN), name);
        form.setTopics(List.of("双减"));
        Activity a = registration.save(null, form, true).activity();
        Users.as(users, "taian");
        review.review(a.getId(), true, null);
        Users.nobody();

        browser.driver().manage().deleteAllCookies();
        browser.open("/public/activities");
        new Select(browser.waitFor(By.id("topic"))).selectByVisibleText("双减");
        var regions = new Select(browser.driver().findElement(By.id("region")));
        assertThat(regions.getOptions()).extracting(o -> o.getAttribute("value") + " " + o.getText())
                .contains("370900 泰安市", "370902 泰山区");
        regions.selectByValue("370902");
        browser.driver().findElement(By.id("region")).submit();
        browser.waitForText(By.id("public-activities"), name);
        assertThat(browser.text(By.id("public-activities"))).doesNotContainPattern("1[3-9]\\d{9}");
        assertThat(browser.driver().findElement(By.id("ics")).getAttribute("href")).contains("/public/activities.ics?region=370902");
        browser.screenshot("public-activities");

        browser.click(By.linkText(name));
        assertThat(browser.waitFor(By.id("public-activity")).getText()).contains(name).contains("举办单位")
                .contains(campaign.getEventStart().getYear() + "年").doesNotContainPattern("1[3-9]\\d{9}");
        assertThat(browser.path()).isEqualTo("/public/activities/" + a.getId());
        browser.screenshot("public-activity");
    }

    @Test
    @DisplayName("退回与修改：审核单位填写原因退回；举办单位看到原因，修改地点后重新提交")
    void returnEditAndResubmit() throws Exception {
        Users.as(users, "admin");
        String name = Demo.unique("地点不具体的讲座");
        Activity a = registration.save(null, Fixtures.activity(campaign, id(Demo.TAISHAN), name), true).activity();
        Users.nobody();

        browser.login("taishan", Demo.PASSWORD);
        browser.open("/activities/" + a.getId());
        browser.press(By.id("return"));
        assertThat(browser.waitFor(By.cssSelector(".alert-danger")).getText()).contains("退回时请填写退回原因");
        browser.waitFor(By.id("comment")).sendKeys("地点请具体到社区");
        browser.press(By.id("return"));
        browser.waitForText(By.id("activity-state"), "已退回");
        assertThat(browser.text(By.id("return-reason"))).contains("地点请具体到社区");

        browser.press(By.id("edit"));
        browser.type(By.id("address"), "岱庙街道财源社区服务中心");
        browser.press(By.id("submit"));
        browser.waitForText(By.id("activity-state"), "已提交");
        assertThat(browser.text(By.id("activity-details"))).contains("岱庙街道财源社区服务中心");
    }
}
