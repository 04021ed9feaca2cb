package cn.kepu.informant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

/** 岱岳区's reporter fills in December 2022 (1650 of 2000 so far) and imports a sheet with a wrong row. */
@KepuTest
class InformantBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void setUp() {
        browser.at(port);
    }

    String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    By row(String unit) {
        return By.cssSelector("#grid tr[data-unit='" + unit + "']");
    }

    @Test
    @DisplayName("岱岳区填报2022年12月：先填成负数看到提示（所填内容还在），改正后合计和任务10的台账都从1650变为1800；再导入含错误行的文件，看到行列错误，什么也没导入")
    void enterAMonthThenImportABadSheet() throws Exception {
        browser.login("daiyue", Demo.PASSWORD);
        browser.open("/informants?year=2022");
        browser.waitFor(By.id("current-user"));
        assertThat(browser.text(row(Demo.DAIYUE))).contains("1650 / 2000人（82%）");
        assertThat(browser.all(By.cssSelector("#grid tbody tr"))).as("填报员只看到本单位").hasSize(1);

        new Select(browser.driver().findElement(By.id("unitId"))).selectByVisibleText(Demo.DAIYUE);
        browser.type(By.id("year"), "2022");
        new Select(browser.driver().findElement(By.id("month"))).selectByVisibleText("12月");
        browser.type(By.id("newlyRegistered"), "-150");
        browser.type(By.id("sourceNote"), "科普中国APP后台统计");
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("新增信息员人数不能为负数");
        assertThat(value("newlyRegistered")).isEqualTo("-150");
        assertThat(value("sourceNote")).isEqualTo("科普中国APP后台统计");
        assertThat(new Select(browser.driver().findElement(By.id("month"))).getFirstSelectedOption().getText()).isEqualTo("12月");
        browser.screenshot("informant-form-error");

        browser.type(By.id("newlyRegistered"), "150");
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("flash-message")).getText()).contains("岱岳区科学技术协会2022年12月新增信息员150人");
        assertThat(browser.text(row(Demo.DAIYUE))).contains("1800 / 2000人（90%）");
        assertThat(browser.text(By.cssSelector("#grid tr[data-unit='" + Demo.DAIYUE + "'] .total"))).isEqualTo("1800");
        browser.screenshot("informant-grid");

        // The ledger moved: task 10's row for 岱岳区, and the assignment says what counts it.
        browser.click(By.cssSelector("#grid tr[data-unit='" + Demo.DAIYUE + "'] a.ledger-link"));
        browser.waitFor(By.id("ledger"));
        assertThat(browser.text(By.id("ledger"))).contains("新增科普中国信息员 1800/2000人");
        browser.click(By.xpath("//table[@id='ledger']//tr[@data-level='1'][td[1][normalize-space()='10']]//a"));
        browser.waitForText(By.cssSelector("body"), "自动计数");
        assertThat(browser.text(By.cssSelector("body"))).contains("由“科普中国信息员”中按月登记的新增人数自动计数：本单位登记的科普中国信息员 1800人");

        // An import with a wrong row: nothing stored, the row and column named.
        Path dir = Files.createTempDirectory("informants");
        Path file = Files.write(dir.resolve("信息员.xlsx"), InformantTests.sheet(new Object[] {Demo.DAIYUE, 2022, 11, 120},
                new Object[] {Demo.TAISHAN, 2022, 11, 130}));
        browser.open("/informants/import");
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.press(By.id("upload"));
        String problems = browser.waitFor(By.id("import-problems")).getText();
        assertThat(problems).contains("第4行", "单位", "找不到“" + Demo.TAISHAN + "”");
        assertThat(browser.text(By.id("import-rejected"))).contains("未导入任何数据");
        browser.screenshot("informant-import-rejected");
        browser.open("/informants?year=2022");
        assertThat(browser.waitFor(row(Demo.DAIYUE)).getText()).contains("1800 / 2000人");
        assertThat(browser.all(By.cssSelector("#grid tr[data-unit='" + Demo.DAIYUE + "'] a[data-month='11']"))).as("11月没有导入").isEmpty();
        assertThat(browser.all(By.cssSelector("#grid tr[data-unit='" + Demo.DAIYUE + "'] a[data-month='12']"))).hasSize(1);
    }
}
