package cn.kepu.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestImages;

@ResourceLock("publicity") // PublicityTests counts all items before and after a refused submission
@KepuTest
class PublicityBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    @Test
    @DisplayName("岱岳区报送一条带照片的信息（漏填标题时提示且保留正文），市科协勾选本会网站和省级媒体采用，得分并出现在本月排名里")
    void submitAndAdopt() throws Exception {
        String title = Demo.unique("岱岳区科协开展科普大篷车进校园活动");
        browser.login("daiyue", Demo.PASSWORD);
        browser.menu("nav-news");
        browser.waitFor(By.id("items"));
        browser.click(By.id("new-item"));
        browser.waitFor(By.id("news-form"));
        browser.type(By.id("body"), "12月3日，科普大篷车走进满庄镇中心小学，300余名师生参与。");
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("请填写标题");
        assertThat(browser.driver().findElement(By.id("body")).getAttribute("value")).as("正文保留")
                .isEqualTo("12月3日，科普大篷车走进满庄镇中心小学，300余名师生参与。");

        browser.type(By.id("title"), title);
        browser.type(By.id("links"), "https://www.example.cn/daiyue/1.html");
        Path photo = Files.write(Files.createTempDirectory("news").resolve("现场.jpg"), TestImages.jpeg(800, 600));
        browser.driver().findElement(By.id("photos")).sendKeys(photo.toString());
        browser.press(By.id("save"));
        browser.waitForText(By.id("item-state"), "待审核");
        assertThat(browser.text(By.id("item-title"))).isEqualTo(title);
        assertThat(browser.all(By.cssSelector("#photos img"))).hasSize(1);
        assertThat(browser.all(By.id("adopt"))).as("填报员不能审核").isEmpty();
        String page = browser.path();

        browser.login("taian", Demo.PASSWORD);
        browser.open("/");
        browser.waitForText(By.tagName("body"), "待审核的宣传信息");
        browser.open(page);
        browser.click(By.id("channel-OWN_SITE"));
        browser.click(By.id("channel-PROVINCE_MEDIA"));
        browser.press(By.id("adopt"));
        browser.waitForText(By.id("item-state"), "已采用");
        assertThat(browser.text(By.id("usages"))).isEqualTo("本会网站、省级媒体");
        assertThat(browser.text(By.id("item-points"))).isEqualTo("5");
        browser.screenshot("news-adopted");

        browser.open("/news/ranking?period=" + ReportPeriod.month(java.time.LocalDate.now().getYear(),
                java.time.LocalDate.now().getMonthValue()).code());
        browser.waitFor(By.id("places"));
        assertThat(browser.text(By.cssSelector("#places tr[data-unit='" + Demo.DAIYUE + "']"))).contains(Demo.DAIYUE);
        assertThat(browser.driver().findElement(By.id("bulletin")).getAttribute("href")).contains("/news/ranking/bulletin?period=");
        browser.click(By.id("by-children"));
        browser.waitForText(By.id("by-children"), "按直属下级汇总");
        browser.await().until(d -> browser.path().equals("/news/ranking"));
        assertThat(browser.text(By.cssSelector("#places tr[data-unit='" + Demo.DAIYUE + "']"))).contains(Demo.DAIYUE);
        assertThat(browser.driver().findElement(By.id("bulletin")).getAttribute("href")).contains("by=children");
    }

    @Test
    @DisplayName("市科协的赋分标准：填了不是数的分值时提示且保留所填，改正后保存")
    void pointsStandard() {
        browser.login("taian", Demo.PASSWORD);
        browser.open("/news");
        browser.click(By.id("points"));
        browser.waitFor(By.id("points-form"));
        assertThat(browser.driver().findElement(By.id("NATIONAL_MEDIA")).getAttribute("value")).isEqualTo("8");
        browser.type(By.id("NATIONAL_MEDIA"), "八");
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("国家级媒体的分值应为0到100之间的数，最多一位小数，“八”不是");
        assertThat(browser.driver().findElement(By.id("NATIONAL_MEDIA")).getAttribute("value")).as("保留所填").isEqualTo("八");
        browser.type(By.id("NATIONAL_MEDIA"), "8");
        browser.press(By.id("save"));
        browser.waitForText(By.id("flash-message"), "已保存赋分标准");
        assertThat(browser.driver().findElement(By.id("NATIONAL_MEDIA")).getAttribute("value")).isEqualTo("8");
    }

    @Test
    @DisplayName("市科协退回一条信息并写明原因，岱岳区在工作台看到被退回的信息，修改后重新报送")
    void returnAndResubmit() {
        String title = Demo.unique("岱岳区科协防灾减灾宣传");
        browser.login("daiyue", Demo.PASSWORD);
        browser.open("/news/new");
        browser.waitFor(By.id("news-form"));
        browser.type(By.id("title"), title);
        browser.type(By.id("body"), "开展防灾减灾宣传。");
        browser.press(By.id("save"));
        browser.waitForText(By.id("item-state"), "待审核");
        String page = browser.path();

        browser.login("taian", Demo.PASSWORD);
        browser.open(page);
        browser.press(By.id("give-back"));
        assertThat(browser.waitFor(By.id("flash-error")).getText()).isEqualTo("请填写退回原因，便于报送单位修改");
        browser.type(By.id("reason"), "请补充活动时间、地点和参与人数");
        browser.press(By.id("give-back"));
        browser.waitForText(By.id("item-state"), "已退回");

        browser.login("daiyue", Demo.PASSWORD);
        browser.open("/");
        browser.waitForText(By.tagName("body"), "被退回的宣传信息");
        browser.open(page);
        assertThat(browser.text(By.id("return-reason"))).contains("请补充活动时间、地点和参与人数");
        browser.click(By.id("edit"));
        browser.waitFor(By.id("news-form"));
        browser.type(By.id("body"), "12月1日在岱岳区天平街道开展防灾减灾宣传，200余名群众参与。");
        browser.press(By.id("save"));
        browser.waitForText(By.id("item-state"), "待审核");
        assertThat(browser.text(By.id("item-body"))).contains("200余名群众参与");
    }
}
