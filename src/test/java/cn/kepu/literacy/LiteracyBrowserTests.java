package cn.kepu.literacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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

@KepuTest
class LiteracyBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    /** The series of the chart in this element, as ECharts holds them: name → data. */
    @SuppressWarnings("unchecked")
    Map<String, List<Object>> chart(String id) {
        browser.await().until(d -> (Boolean) browser.driver().executeScript(
                "return !!(window.echarts && echarts.getInstanceByDom(document.getElementById(arguments[0])))", id));
        return (Map<String, List<Object>>) browser.driver().executeScript("""
                var o = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();
                var r = {}; o.series.forEach(function (s) { r[s.name || '柱'] = s.data; }); return r;""", id);
    }

    @Test
    @DisplayName("泰山区看历年比例：折线上是测得的比例、对比全国，虚线是2025年18%的目标；录入一次测评，填错比例时提示且保留所填，改正后出现在图上")
    void enterARateAndSeeItAgainstTheTarget() throws Exception {
        browser.login("taishan", Demo.PASSWORD);
        browser.menu("nav-literacy");
        browser.waitFor(By.id("regions"));
        browser.click(By.cssSelector("#regions tr[data-region='" + Demo.TAISHAN + "'] a"));
        browser.waitForText(By.id("region-name"), "泰山区公民具备科学素质的比例");
        assertThat(browser.text(By.id("trend"))).startsWith("目标：2025年目标 18%；按").contains("2025年可达");

        Map<String, List<Object>> series = chart("series-chart");
        assertThat(series).containsKeys("泰山区", "全国", "2025年目标 18%");
        assertThat(series.get("泰山区")).extracting(String::valueOf).contains("15.2", "16.4", "17.3");
        assertThat(series.get("2025年目标 18%")).extracting(String::valueOf).allMatch(v -> v.equals("18") || v.equals("18.0"));
        assertThat(chart("breakdown-chart").get("柱")).extracting(String::valueOf).contains("12.8", "20.1");
        browser.screenshot("literacy-taishan");

        browser.click(By.id("new-rate"));
        browser.waitFor(By.id("rate-form"));
        assertThat(new Select(browser.driver().findElement(By.id("regionId"))).getFirstSelectedOption().getText().strip())
                .isEqualTo(Demo.TAISHAN);
        browser.type(By.id("surveyYear"), "2019");
        browser.type(By.id("rate"), "139");
        browser.type(By.id("sourceName"), "泰山区公民科学素质测评（2019）");
        new Select(browser.driver().findElement(By.id("rows0.dimension"))).selectByVisibleText("城乡");
        browser.type(By.id("rows0.group"), "农村居民");
        browser.type(By.id("rows0.rate"), "8.8");
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("比例应在0到100之间（单位为%），“139”超出了范围");
        assertThat(browser.driver().findElement(By.id("sourceName")).getAttribute("value")).isEqualTo("泰山区公民科学素质测评（2019）");
        assertThat(browser.driver().findElement(By.id("rows0.group")).getAttribute("value")).as("分组也保留").isEqualTo("农村居民");

        browser.type(By.id("rate"), "13.9");
        browser.press(By.id("save"));
        browser.waitForText(By.cssSelector(".alert-success"), "已保存：泰山区2019年公民具备科学素质的比例 13.9%");
        assertThat(browser.text(By.cssSelector("#series tr[data-year='2019']"))).contains("13.9%").contains("1组");
        assertThat(chart("series-chart").get("泰山区")).extracting(String::valueOf).contains("13.9");
    }

    @Test
    @DisplayName("导入测评结果：有错误的文件在页面上逐行列出行号、列和原因，提供标注错误的文件")
    void importABadSheet() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.write(java.nio.file.Files.createTempDirectory("literacy").resolve("测评结果.xlsx"),
                LiteracyTests.table(new Object[] {Demo.TAIAN, 2024, "120", "市测评", null, null, null, null},
                        new Object[] {"不存在的科协", 2024, "12", "市测评", null, null, null, null}));
        browser.login("taian", Demo.PASSWORD);
        browser.open("/literacy");
        browser.click(By.id("import"));
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.press(By.id("upload"));
        assertThat(browser.waitFor(By.id("import-rejected")).getText()).contains("“测评结果.xlsx”：文件中有2处错误，未导入任何数据");
        assertThat(browser.all(By.cssSelector("#import-problems tbody tr"))).extracting(e -> e.getText()).containsExactly(
                "第3行 比例 比例应在0到100之间（单位为%），“120”超出了范围",
                "第4行 地区 找不到“不存在的科协”：应为“全国”或您权限范围内县级以上科协的全称");
        assertThat(browser.driver().findElement(By.id("error-workbook")).getAttribute("href")).contains("/literacy/import/errors/");
    }
}
