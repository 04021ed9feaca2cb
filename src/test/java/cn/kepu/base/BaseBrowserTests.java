package cn.kepu.base;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.org.CreditCode;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@ResourceLock("bases") // BaseTests counts all bases and sites before and after a refused import
@KepuTest
class BaseBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    @BeforeEach
    void setUp() {
        browser.at(port);
    }

    void date(String id, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), isoDate);
    }

    String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    void select(String id, String text) {
        new Select(browser.driver().findElement(By.id(id))).selectByVisibleText(text);
    }

    @Test
    @DisplayName("市科协申报一个基地（信用代码填错时看到提示、所填内容还在），初审通过，认定（有效期填反时被拒），到期后复核合格，历程记下每一步")
    void applyRecognizeRecheck() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String name = Demo.unique("泰安市航空科普教育基地");
        browser.login("taian", Demo.PASSWORD);
        browser.open("/bases");
        browser.waitFor(By.id("current-user"));
        assertThat(browser.text(By.id("bases"))).contains("泰山地质公园科普教育基地");
        browser.click(By.id("new-base"));

        browser.type(By.id("name"), name);
        select("level", "市级");
        select("kind", "场馆类");
        select("parentId", Demo.TAIAN);
        browser.type(By.id("operatorName"), "泰安市航空运动学校");
        browser.type(By.id("operatorCreditCode"), "12370900MB0000000X");
        browser.type(By.id("themes"), "航空、航天");
        Path dir = Files.createTempDirectory("base");
        Path pdf = Files.write(dir.resolve("申报书.pdf"), "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());
        browser.driver().findElement(By.id("files")).sendKeys(pdf.toString());
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("统一社会信用代码校验位不正确");
        assertThat(value("name")).isEqualTo(name);
        assertThat(value("themes")).isEqualTo("航空、航天");
        browser.screenshot("base-form");
        browser.type(By.id("operatorCreditCode"), CreditCode.complete("12370900MB0000000").value());
        browser.driver().findElement(By.id("files")).sendKeys(pdf.toString());
        browser.press(By.id("save"));
        browser.waitForText(By.id("base-state"), "待初审");
        assertThat(browser.text(By.id("base-name"))).isEqualTo(name);
        assertThat(browser.text(By.id("files"))).contains("申报书.pdf");

        browser.type(By.id("opinion"), "材料齐全");
        browser.press(By.id("pass"));
        browser.waitForText(By.id("base-state"), "待认定");

        browser.type(By.id("number"), Demo.unique("泰科协基地"));
        LocalDate from = today.minusYears(5).plusDays(20);
        date("recognizedOn", from.toString());
        date("validFrom", from.toString());
        date("validUntil", from.minusDays(1).toString());
        browser.press(By.id("recognize"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("早于起始日期");
        date("validUntil", from.plusYears(5).minusDays(1).toString());
        browser.press(By.id("recognize"));
        browser.waitForText(By.id("base-state"), "已认定");
        assertThat(browser.text(By.id("unit"))).contains(name).contains("科普教育基地");
        assertThat(browser.waitFor(By.id("due-flag")).getText()).isEqualTo("待复核");
        assertThat(browser.text(By.id("validity"))).isEqualTo(from + " 至 " + from.plusYears(5).minusDays(1));
        browser.screenshot("base-show");

        select("outcome", "合格");
        browser.type(By.id("opinion-recheck"), "运行规范，年度报告按时报送");
        browser.press(By.id("recheck"));
        browser.waitForText(By.id("flash-message"), "复核结论：合格");
        assertThat(browser.text(By.id("base-state"))).isEqualTo("已认定");
        assertThat(browser.text(By.id("validity"))).isEqualTo(from.plusYears(5) + " 至 " + from.plusYears(10).minusDays(1));
        assertThat(browser.all(By.id("due-flag"))).isEmpty();
        assertThat(browser.all(By.cssSelector("#history .history-entry strong"))).extracting(e -> e.getText())
                .containsExactly("申报", "初审通过", "认定", "复核：合格");

        browser.open("/bases?q=" + name);
        assertThat(browser.waitFor(By.id("bases")).getText()).contains(name).contains("已认定");
        browser.screenshot("base-list");
    }

    @Test
    @DisplayName("泰山区开始创建一个示范社区，逐项勾选创建标准，未全部达标时提请评估被拒，全部达标后提请评估，区科协命名")
    void createAndNameACommunity() throws Exception {
        String name = Demo.unique("泰山区徐家楼街道社区");
        browser.login("taishan", Demo.PASSWORD);
        browser.open("/demonstration-sites");
        browser.waitFor(By.id("sites"));
        assertThat(browser.text(By.id("sites"))).contains("泰山区财源街道东岳大街社区").doesNotContain("里峪村");
        browser.click(By.id("new-site"));
        browser.type(By.id("name"), name);
        select("kind", "科普示范社区");
        select("parentId", Demo.TAISHAN);
        browser.press(By.id("save"));
        browser.waitForText(By.id("site-state"), "创建中");
        browser.click(By.id("met-0"));
        browser.click(By.id("met-1"));
        browser.press(By.id("submit-site"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("还有4项创建标准未达标");
        assertThat(browser.text(By.id("met"))).isEqualTo("2/6");
        for (int i = 2; i < 5; i++) {
            browser.click(By.id("met-" + i));
        }
        browser.press(By.id("save-criteria"));
        browser.waitForText(By.id("met"), "5/6");
        browser.click(By.id("met-5"));
        browser.press(By.id("submit-site"));
        browser.waitForText(By.id("site-state"), "待评估");
        assertThat(browser.text(By.id("met"))).isEqualTo("6/6");
        browser.type(By.id("number"), Demo.unique("泰区科协字"));
        browser.type(By.id("evaluationText"), "六项标准全部达标");
        browser.press(By.id("name-site"));
        browser.waitForText(By.id("site-state"), "已命名");
        assertThat(browser.all(By.cssSelector("#history .history-entry strong"))).extracting(e -> e.getText())
                .containsExactly("开始创建", "更新达标情况", "更新达标情况", "更新达标情况", "提请评估", "评估达标，命名");
        browser.screenshot("site-show");
    }
}
