package cn.kepu.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class WorkbenchBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    @AfterEach
    void desktop() {
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
    }

    /** The page fits the phone's width: nothing to scroll sideways. */
    void fitsWidth(int width) {
        Number scrollWidth = (Number) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("页面宽度").isLessThanOrEqualTo(width);
    }

    @Test
    @DisplayName("区县填报员在手机上（375px）：登录后的工作台有待办和我的任务，点三下就交上一份进展")
    void aReporterFilesProgressFromAPhone() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(375, 812));
        browser.login("daiyue", Demo.PASSWORD);
        assertThat(browser.waitFor(By.id("todo")).getText()).contains("待办");
        assertThat(browser.all(By.cssSelector("#todo .todo-item"))).as("逾期或将到期的任务、未读通知").isNotEmpty();
        fitsWidth(375);
        browser.screenshot("workbench-reporter-375");

        browser.press(By.id("my-tasks"));
        List<WebElement> cards = browser.await().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".my-task"));
            return found.isEmpty() ? null : found;
        });
        assertThat(cards.get(0).getText()).contains("完成时限").contains("填报进度");
        assertThat(browser.text(By.tagName("main"))).doesNotContain("没有下达的任务");
        fitsWidth(375);
        browser.screenshot("my-tasks-375");

        String assignment = cards.get(0).getAttribute("id").replace("my-task-", "");
        browser.press(By.id("report-" + assignment));
        browser.waitFor(By.id("progress-form"));
        browser.type(By.id("text"), "用手机报送：本周开展科普讲座2场。");
        browser.press(By.id("submit-progress"));
        assertThat(browser.waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("进展已提交");
        assertThat(browser.path()).isEqualTo("/assignments/" + assignment);
        assertThat(browser.text(By.cssSelector(".report"))).contains("用手机报送：本周开展科普讲座2场。");
    }

    @Test
    @DisplayName("市科协工作人员：工作台列出有逾期任务的下级单位，点一下就是筛好的台账")
    void aCityUserSeesTheUnitsBeneathThatAreLate() throws Exception {
        browser.login("taian", Demo.PASSWORD);
        WebElement first = browser.waitFor(By.cssSelector("#beneath .beneath-item"));
        String unit = first.findElement(By.tagName("span")).getText();
        assertThat(first.getText()).contains("项任务逾期");
        assertThat(browser.text(By.id("progress"))).contains("本单位下达").contains("%");
        assertThat(browser.text(By.id("nav"))).as("主菜单是工作，不是英文的接口文档").contains("我的任务").doesNotContain("接口文档");
        assertThat(browser.text(By.id("org-card"))).as("工作人员不能导入，卡片不许诺").doesNotContain("导入");
        browser.screenshot("workbench-city");

        browser.click(By.cssSelector("#beneath .beneath-item"));
        browser.waitFor(By.id("ledger"));
        URI at = URI.create(browser.driver().getCurrentUrl());
        assertThat(at.getPath()).isEqualTo("/ledger");
        assertThat(at.getQuery()).contains("flag=overdue").contains("organizationId=");
        List<WebElement> rows = browser.all(By.cssSelector("#ledger tbody tr[data-level='1']"));
        // The ledger's unit filter takes the unit with the units beneath it.
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("逾期"));
        assertThat(rows).anySatisfy(r -> assertThat(r.getText()).contains(unit));

        browser.open("/profile");
        assertThat(browser.waitFor(By.id("api-docs")).getAttribute("href")).endsWith("/api/docs/ui");
    }

    @Test
    @DisplayName("省科协系统管理员：工作台有近30天截止和下级单位情况；审计员没有工作台")
    void theProvinceAndTheAuditor() throws Exception {
        browser.login("admin", Demo.PASSWORD);
        browser.waitFor(By.id("workbench"));
        assertThat(browser.all(By.id("deadlines"))).hasSize(1);
        assertThat(browser.waitFor(By.id("beneath")).getText()).as("全省有逾期任务的单位").contains("项任务逾期");
        browser.screenshot("workbench-province");

        browser.login("auditor", Demo.PASSWORD);
        browser.waitFor(By.id("welcome"));
        assertThat(browser.all(By.id("workbench"))).isEmpty();
    }
}
