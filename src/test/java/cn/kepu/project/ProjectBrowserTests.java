package cn.kepu.project;

import static org.assertj.core.api.Assertions.assertThat;

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

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class ProjectBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    Clock clock;

    @BeforeEach
    void setUp() {
        browser.at(port);
    }

    void date(String id, LocalDate value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), value.toString());
    }

    String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    @Test
    @DisplayName("市科协发布申报通知，泰山区申报（明细合计不符被拒且所填保留，改正后提交），市科协评分、立项核定经费，泰山区交中期报告和验收材料，市科协验收合格，项目经过都在详情页")
    void fromApplicationToAcceptance() throws Exception {
        LocalDate today = LocalDate.now(clock);
        browser.login("taian", Demo.PASSWORD);
        browser.open("/projects");
        browser.menu("nav-projects");
        browser.waitFor(By.id("calls-link"));
        browser.click(By.id("calls-link"));
        browser.click(By.id("new-call"));
        browser.waitFor(By.id("title"));
        String title = Demo.unique("浏览器基层科普行动计划项目申报");
        browser.type(By.id("title"), title);
        new Select(browser.driver().findElement(By.id("kind"))).selectByVisibleText("基层科普行动计划");
        browser.type(By.id("budget"), "80");
        date("deadline", today.plusDays(20));
        date("midtermDue", today.plusDays(120));
        date("acceptanceDue", today.plusDays(240));
        browser.type(By.id("description"), "各县市区科协围绕应急科普申报。");
        browser.screenshot("project-call-form");
        browser.press(By.id("open-call"));
        browser.waitForText(By.id("list-title"), title);
        String callPath = browser.driver().getCurrentUrl().replaceAll("^https?://[^/]+", "");

        browser.login("taishan", Demo.PASSWORD);
        browser.open(callPath);
        browser.click(By.id("apply"));
        browser.waitFor(By.id("name"));
        assertThat(new Select(browser.driver().findElement(By.id("applicantId"))).getOptions()).extracting(o -> o.getText())
                .contains(Demo.TAISHAN).doesNotContain(Demo.DAIYUE);
        new Select(browser.driver().findElement(By.id("applicantId"))).selectByVisibleText(Demo.TAISHAN);
        browser.type(By.id("name"), "泰山区青少年科技创新营");
        browser.type(By.id("content"), "组织全区中小学生开展科技创新营活动。");
        browser.type(By.id("expectedOutputs"), "活动10场，参与学生1000人次");
        browser.type(By.id("budget"), "9.5");
        browser.type(By.id("lineItem0"), "器材");
        browser.type(By.id("lineAmount0"), "5");
        browser.type(By.id("lineItem1"), "专家讲课费");
        browser.type(By.id("lineAmount1"), "4");
        browser.press(By.id("submit-project"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("经费明细合计9万元，与申报经费9.5万元不一致，请核对");
        assertThat(value("name")).isEqualTo("泰山区青少年科技创新营");
        assertThat(value("lineItem1")).isEqualTo("专家讲课费");
        browser.screenshot("project-form-refused");
        browser.type(By.id("lineAmount1"), "4.5");
        browser.press(By.id("submit-project"));
        browser.waitForText(By.id("state"), "已申报");
        String projectPath = browser.path();

        browser.login("taian", Demo.PASSWORD);
        browser.open(projectPath);
        browser.type(By.id("points"), "88.5");
        browser.press(By.id("score"));
        browser.waitForText(By.id("mean-score"), "平均分：88.5");
        browser.click(By.id("decision-APPROVE"));
        browser.type(By.id("approvedFunds"), "9");
        browser.type(By.id("opinion"), "同意立项，核减器材经费0.5万元。");
        browser.press(By.id("save-decision"));
        browser.waitForText(By.id("state"), "已立项");
        assertThat(browser.text(By.id("approved-funds"))).isEqualTo("9万元");

        browser.login("taishan", Demo.PASSWORD);
        browser.open(projectPath);
        browser.type(By.id("midtermReport"), "已开展活动6场，参与学生620人次。");
        browser.press(By.id("submit-midterm"));
        browser.waitForText(By.id("state"), "中期已报告");
        Path summary = Files.createTempFile("项目总结", ".pdf");
        Files.write(summary, ProjectTests.PDF);
        browser.driver().findElement(By.id("files")).sendKeys(summary.toString());
        browser.press(By.id("upload-evidence"));
        browser.waitFor(By.className("evidence-file"));

        browser.login("taian", Demo.PASSWORD);
        browser.open(projectPath);
        browser.click(By.id("outcome-PASSED"));
        browser.type(By.id("acceptanceOpinion"), "完成全部内容，验收合格。");
        browser.press(By.id("save-acceptance"));
        browser.waitForText(By.id("state"), "验收合格");
        assertThat(browser.text(By.id("history"))).contains("申报").contains("评分").contains("立项").contains("中期报告")
                .contains("上传验收材料").contains("验收").contains("合格；完成全部内容，验收合格。");
        browser.screenshot("project-show");

        browser.open(callPath);
        browser.waitFor(By.id("projects"));
        assertThat(browser.text(By.id("projects"))).contains("泰山区青少年科技创新营").contains("验收合格");
        browser.screenshot("project-list");
        browser.open("/projects/funds");
        browser.waitFor(By.id("funds"));
        assertThat(browser.text(By.id("funds"))).contains("泰山区").contains("合计");
        browser.screenshot("project-funds");
        Files.deleteIfExists(summary);
    }
}
