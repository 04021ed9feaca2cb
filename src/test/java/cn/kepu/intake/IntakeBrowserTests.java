package cn.kepu.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class IntakeBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    @Test
    @DisplayName("粘贴文件文字，核对草案（原文在左，点到哪一项就标出它在原文中的位置和时限、单位），未对应的单位先报错、勾选忽略后创建计划草稿")
    void pasteReviewAndCreate() throws Exception {
        browser.login("taian", Demo.PASSWORD);
        browser.open("/plans");
        browser.waitFor(By.id("intake")).click();
        String title = Demo.unique("泰安市科协科普工作要点");
        browser.type(By.id("text"), title + "\n一、科普活动\n"
                + "1.开展全国科普日活动，各县市区不少于60项，9月15-21日集中开展。（科普部牵头，县市区、功能区科协负责落实）\n"
                + "2.开展科普讲解大赛，10月底前完成。（区教育局负责）\n"
                + "3.举办青少年科技节。（市少年宫负责）\n");
        browser.press(By.id("read"));

        browser.waitFor(By.id("review"));
        assertThat(browser.text(By.id("source"))).contains("开展全国科普日活动");
        assertThat(browser.driver().findElement(By.id("periodFrom")).getAttribute("value")).as("文件没写年份，不猜").isEmpty();
        assertThat(browser.text(By.tagName("main"))).contains("文件中没有写明年份");
        assertThat(browser.all(By.cssSelector(".task-row"))).hasSize(3);
        assertThat(browser.driver().findElement(By.id("rows0.deadline")).getAttribute("value")).isEqualTo("9月15-21日");
        assertThat(value("rows0.quotas0.subject") + value("rows0.quotas0.metric") + value("rows0.quotas0.bound")
                + value("rows0.quotas0.target") + value("rows0.quotas0.unit")).isEqualTo("各县市区活动数≥60项");
        assertThat(browser.text(By.id("unmatched"))).contains("市少年宫").doesNotContain("区教育局");

        // Focusing a task marks where it came from in the original, its deadline and units in bold.
        browser.click(By.id("rows1.title"));
        assertThat(browser.waitFor(By.cssSelector("#source mark.source-hit")).getText())
                .isEqualTo("开展科普讲解大赛，10月底前完成。（区教育局负责）");
        assertThat(browser.all(By.cssSelector("#source .source-field"))).extracting(e -> e.getText())
                .containsExactly("10月底前", "区教育局");
        browser.click(By.id("rows0.deadline"));
        browser.await().until(d -> d.findElement(By.cssSelector("#source mark.source-hit")).getText().startsWith("开展全国科普日活动"));
        assertThat(browser.all(By.cssSelector("#source mark.source-hit"))).as("one task marked at a time").hasSize(1);
        browser.screenshot("intake-review");

        browser.type(By.id("rows1.title"), "开展科普讲解大赛（复赛）");
        browser.press(By.id("add-quota-1"));
        browser.type(By.id("rows1.quotas0.subject"), "每个责任单位");
        browser.type(By.id("rows1.quotas0.metric"), "讲解场次");
        browser.press(By.id("create"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("第3项任务：找不到责任单位“市少年宫”")
                .contains("第2项任务：第1个指标请填写目标值").contains("请填写计划起始年份");
        assertThat(browser.text(By.id("row-problems-2"))).as("问题显示在它那一项上").contains("找不到责任单位“市少年宫”");
        assertThat(browser.text(By.cssSelector("#row-2 .row-number"))).isEqualTo("第3项");
        browser.type(By.id("periodFrom"), "2026");
        assertThat(value("rows1.title")).isEqualTo("开展科普讲解大赛（复赛）");
        assertThat(value("rows1.quotas0.metric")).as("填过的指标保留").isEqualTo("讲解场次");
        browser.type(By.id("rows1.quotas0.target"), "2");
        browser.type(By.id("rows1.quotas0.unit"), "场");

        browser.click(By.cssSelector("input[name=ignore][value='市少年宫']"));
        browser.press(By.id("create"));
        assertThat(browser.waitFor(By.id("plan-title")).getText()).isEqualTo(title);
        String tasks = browser.text(By.id("tasks"));
        assertThat(tasks).contains("开展全国科普日活动").contains("各县市区（功能区）科协").contains("各县市区科协 活动数 ≥ 60项")
                .contains("开展科普讲解大赛（复赛）").contains("区教育和体育局").contains("讲解场次 ≥ 2场").contains("举办青少年科技节");
        assertThat(browser.text(By.id("plan-state"))).isEqualTo("草稿");
    }

    /** Waits for the review page to show {@code count} rows, as after a merge, split or removal it comes back. */
    private void rows(int count) {
        browser.await().ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.cssSelector(".task-row")).size() == count);
    }

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    @Test
    @DisplayName("核对时合并被切开的条目、拆分连在一起的两项、删除一条；系统管理员把未对应的名称新建为成员单位")
    void mergeSplitRemoveAndCreateUnit() throws Exception {
        browser.login("admin", Demo.PASSWORD);
        browser.open("/intake");
        new Select(browser.waitFor(By.id("issuerId"))).selectByVisibleText(Demo.TAIAN);
        String title = Demo.unique("泰安市科协青少年科普工作安排");
        String newUnit = Demo.unique("泰安市青少年宫");
        browser.type(By.id("text"), title + "\n一、青少年科普\n"
                + "1.举办青少年科技节。（" + newUnit + "负责）\n"
                + "2.开展科学调查体验活动，组织中小学生参加。（市科协负责）\n"
                + "3.在科技节期间评选优秀作品。（市科协负责）\n"
                + "4.开展科技辅导员培训，每年不少于50人次。组织科学教师到科技馆研学。（市科协负责）\n");
        browser.press(By.id("read"));
        browser.waitFor(By.id("review"));
        assertThat(browser.all(By.cssSelector(".task-row"))).hasSize(4);

        browser.press(By.id("merge-2"));
        rows(3); // the page comes back with the rows merged; until then the old one is still shown
        assertThat(browser.driver().findElement(By.id("rows1.requirements")).getAttribute("value"))
                .contains("开展科学调查体验活动").contains("在科技节期间评选优秀作品");
        assertThat(browser.driver().findElement(By.id("rows1.responsible")).getAttribute("value")).isEqualTo("市科协");

        browser.press(By.id("split-2"));
        browser.waitFor(By.id("row-3"));
        assertThat(browser.driver().findElement(By.id("rows2.requirements")).getAttribute("value")).endsWith("每年不少于50人次。");
        assertThat(browser.driver().findElement(By.id("rows3.title")).getAttribute("value")).isEqualTo("组织科学教师到科技馆研学");
        assertThat(browser.driver().findElement(By.id("rows3.responsible")).getAttribute("value")).isEqualTo("市科协");

        browser.press(By.id("remove-3"));
        rows(3);

        assertThat(browser.text(By.id("unmatched"))).contains(newUnit);
        browser.click(By.cssSelector("input[name=newUnit][value='" + newUnit + "']"));
        browser.type(By.id("periodFrom"), "2026");
        browser.screenshot("intake-review-edited");
        browser.press(By.id("create"));
        assertThat(browser.all(By.id("problems"))).as("创建时的问题").extracting(e -> e.getText()).isEmpty();
        assertThat(browser.waitFor(By.id("plan-title")).getText()).isEqualTo(title);
        assertThat(browser.text(By.id("tasks"))).contains(newUnit).contains("开展科技辅导员培训").doesNotContain("到科技馆研学");
    }
}
