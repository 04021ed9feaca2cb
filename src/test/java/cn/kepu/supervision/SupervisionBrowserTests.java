package cn.kepu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.LaggingAssignments;
import cn.kepu.plan.LaggingAssignments.Lagging;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestImages;
import cn.kepu.support.Users;

@KepuTest
class SupervisionBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    LaggingAssignments lagging;
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

    void date(String id, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), isoDate);
    }

    String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    @Test
    @DisplayName("市科协从岱岳区的逾期任务发督办单，岱岳区带照片回复，市科协填原因退回，岱岳区再次回复，市科协办结，督查通报可下载且列出这张督办单")
    void superviseAnOverdueTask() throws Exception {
        long daiyue = organizations.named(Demo.DAIYUE).orElseThrow().getId();
        Users.as(users, "taian");
        Lagging overdue = lagging.of(daiyue).stream().filter(Lagging::overdue).findFirst().orElseThrow();
        Users.nobody();
        LocalDate today = LocalDate.now(clock);

        browser.login("taian", Demo.PASSWORD);
        browser.open("/supervision-notices");
        browser.waitFor(By.id("current-user"));
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("lagging-unit"))).selectByVisibleText(Demo.DAIYUE);
        browser.press(By.id("filter-lagging"));
        browser.waitFor(By.id("supervise-" + overdue.assignmentId()));
        assertThat(browser.all(By.cssSelector("#lagging tbody tr"))).allSatisfy(r -> assertThat(r.getText()).contains(Demo.DAIYUE));
        browser.click(By.id("supervise-" + overdue.assignmentId()));

        browser.waitFor(By.id("requirements"));
        assertThat(value("number")).matches("督办〔" + today.getYear() + "〕\\d+号");
        assertThat(browser.driver().findElement(By.id("task-" + overdue.assignmentId())).isSelected()).isTrue();
        String number = Demo.unique("浏览器督办");
        browser.type(By.id("number"), number);
        date("replyBy", today.minusDays(1).toString());
        browser.type(By.id("requirements"), "请说明全国科普日活动数不足的原因并报送整改措施。");
        browser.press(By.id("send"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("回复期限不能早于今天");
        browser.screenshot("supervision-form");
        assertThat(value("number")).isEqualTo(number);
        assertThat(value("requirements")).isEqualTo("请说明全国科普日活动数不足的原因并报送整改措施。");
        assertThat(browser.driver().findElement(By.id("task-" + overdue.assignmentId())).isSelected()).isTrue();
        date("replyBy", today.plusDays(5).toString());
        browser.press(By.id("send"));
        browser.waitForText(By.id("notice-state"), "待回复");
        assertThat(browser.text(By.id("notice-number"))).isEqualTo(number);
        assertThat(browser.text(By.id("unit"))).isEqualTo(Demo.DAIYUE);
        assertThat(browser.text(By.id("tasks"))).contains(overdue.taskTitle());
        String page = browser.path();

        browser.login("daiyue", Demo.PASSWORD);
        browser.open(page);
        Path dir = Files.createTempDirectory("supervision");
        Path photo = Files.write(dir.resolve("补办活动现场.jpg"), TestImages.jpeg(800, 600));
        browser.type(By.id("measures"), "本月内补办三场社区科普活动。");
        browser.driver().findElement(By.id("files")).sendKeys(photo.toString());
        browser.press(By.id("send-reply"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("请填写情况说明");
        assertThat(value("measures")).isEqualTo("本月内补办三场社区科普活动。");
        browser.type(By.id("situation"), "受天气影响，两场活动延期。");
        browser.driver().findElement(By.id("files")).sendKeys(photo.toString());
        browser.press(By.id("send-reply"));
        browser.waitForText(By.id("notice-state"), "已回复");
        assertThat(browser.text(By.id("replies"))).contains("受天气影响，两场活动延期。").contains("本月内补办三场社区科普活动。");
        assertThat(browser.driver().findElement(By.linkText("补办活动现场.jpg")).getAttribute("href")).contains(page + "/replies/");
        assertThat(browser.all(By.id("reply-form"))).as("已回复后不能再回复").isEmpty();

        browser.login("taian", Demo.PASSWORD);
        browser.open(page);
        browser.press(By.id("return"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("退回时请填写退回原因");
        browser.type(By.id("reason"), "请补充活动新闻报道链接。");
        browser.press(By.id("return"));
        browser.waitForText(By.id("notice-state"), "已退回");
        assertThat(browser.text(By.id("replies"))).contains("已退回").contains("请补充活动新闻报道链接。");

        browser.login("daiyue", Demo.PASSWORD);
        browser.open(page);
        browser.type(By.id("situation"), "已补充新闻报道，三场活动均已举办。");
        browser.press(By.id("send-reply"));
        browser.waitForText(By.id("notice-state"), "已回复");
        assertThat(browser.all(By.cssSelector("#replies .reply"))).hasSize(2);

        browser.login("taian", Demo.PASSWORD);
        browser.open(page);
        browser.press(By.id("accept"));
        browser.waitForText(By.id("notice-state"), "已办结");
        assertThat(browser.all(By.id("decide"))).isEmpty();
        browser.screenshot("supervision-notice");

        browser.open("/supervision-notices");
        browser.waitFor(By.id("notices"));
        assertThat(browser.text(By.id("notices"))).contains(number);
        browser.screenshot("supervision-list");
        date("bulletin-from", today.toString());
        date("bulletin-to", today.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> download = (Map<String, Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('bulletin-form');
                fetch(form.action + '?' + new URLSearchParams(new FormData(form))).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  let binary = '';
                  bytes.forEach(b => binary += String.fromCharCode(b));
                  done({status: r.status, type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'),
                        body: btoa(binary)});
                });""");
        assertThat(download.get("status")).isEqualTo(200L);
        assertThat((String) download.get("type")).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat((String) download.get("disposition")).contains("attachment");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Base64.getDecoder().decode((String) download.get("body"))))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(Demo.TAIAN);
            assertThat(doc.getParagraphs().get(2).getText()).startsWith("关于" + today.getYear() + "年");
            List<List<String>> rows = doc.getTables().get(0).getRows().stream()
                    .map((XWPFTableRow r) -> r.getTableCells().stream().map(c -> c.getText()).toList()).toList();
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(number, Demo.DAIYUE).contains("已办结"));
        }
    }
}
