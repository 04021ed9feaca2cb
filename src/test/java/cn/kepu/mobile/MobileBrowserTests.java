package cn.kepu.mobile;

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

import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestImages;

@KepuTest
class MobileBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    void date(String id, String isoDate) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), isoDate);
    }

    @Test
    @DisplayName("泰山区登记一辆科普大篷车，安排一站巡展（漏填日期时提示且保留所填），登记完成时漏填参与人数被拒、所填的巡展情况保留，补上人数和照片后完成")
    void scheduleAndCompleteAVisit() throws Exception {
        browser.login("taishan", Demo.PASSWORD);
        browser.menu("nav-mobile");
        browser.waitFor(By.id("resources"));
        browser.screenshot("mobile-index");

        String truck = Demo.unique("泰山区科普大篷车");
        browser.click(By.id("new-resource"));
        browser.waitFor(By.id("resource-form"));
        browser.type(By.id("name"), truck);
        new Select(browser.driver().findElement(By.id("organizationId"))).selectByVisibleText(Demo.TAISHAN);
        browser.press(By.id("save"));
        browser.waitForText(By.id("flash-message"), "已登记科普大篷车“" + truck + "”");
        assertThat(browser.text(By.cssSelector("#resources tr[data-resource='" + truck + "']"))).contains("科普大篷车").contains(Demo.TAISHAN);

        browser.click(By.cssSelector("#resources tr[data-resource='" + truck + "'] a[href*='/mobile/visits/new']"));
        browser.waitFor(By.id("visit-form"));
        assertThat(new Select(browser.driver().findElement(By.id("resourceId"))).getFirstSelectedOption().getText()).startsWith(truck);
        String place = Demo.unique("省庄镇中心小学");
        browser.type(By.id("place"), place);
        new Select(browser.driver().findElement(By.id("placeKind"))).selectByVisibleText("学校");
        browser.type(By.id("hostUnit"), "省庄镇人民政府");
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("请填写巡展日期");
        browser.screenshot("mobile-visit-form");
        assertThat(browser.driver().findElement(By.id("place")).getAttribute("value")).as("所填的保留").isEqualTo(place);
        assertThat(browser.driver().findElement(By.id("hostUnit")).getAttribute("value")).isEqualTo("省庄镇人民政府");

        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        date("visitDate", yesterday);
        browser.press(By.id("save"));
        browser.waitForText(By.id("flash-message"), "已安排巡展：" + yesterday + " " + place);
        assertThat(browser.text(By.id("visit-state"))).isEqualTo("计划");
        assertThat(browser.text(By.id("overdue-note"))).contains("巡展日期已过");

        browser.type(By.id("summary"), "科学实验秀两场，展品讲解");
        browser.press(By.id("complete"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("请填写参与人数：完成的巡展须登记实际参与人数");
        assertThat(browser.driver().findElement(By.id("summary")).getAttribute("value")).isEqualTo("科学实验秀两场，展品讲解");
        assertThat(browser.text(By.id("visit-state"))).as("没有保存").isEqualTo("计划");

        Path dir = Files.createTempDirectory("mobile");
        Path photo = Files.write(dir.resolve("大篷车进校园.png"), TestImages.png(800, 600));
        browser.type(By.id("participants"), "0");
        browser.driver().findElement(By.id("photos")).sendKeys(photo.toString());
        browser.press(By.id("complete"));
        // The first refusal's message is still on the page until the second answer replaces it: wait for the new text.
        browser.waitForText(By.id("problems"), "参与人数应大于0");
        browser.type(By.id("participants"), "180");
        browser.driver().findElement(By.id("photos")).sendKeys(photo.toString());
        browser.press(By.id("complete"));
        browser.waitForText(By.id("flash-message"), "已登记完成：参与180人");
        String visitId = browser.path().replace("/mobile/visits/", "");
        assertThat(browser.text(By.id("visit-state"))).isEqualTo("已完成");
        assertThat(browser.text(By.id("participants-shown"))).isEqualTo("180人");
        assertThat(browser.text(By.id("summary-shown"))).isEqualTo("科学实验秀两场，展品讲解");
        assertThat(browser.all(By.cssSelector("#visit-photos img.photo-thumbnail"))).hasSize(1);
        browser.open("/mobile");
        assertThat(browser.waitFor(By.cssSelector("#resources tr[data-resource='" + truck + "'] .completed-count")).getText())
                .as("今年已完成").isEqualTo("1 站");
        browser.open("/mobile/visits/" + visitId);
        browser.waitFor(By.id("visit-state"));
        browser.screenshot("mobile-visit-completed");

        browser.open("/mobile?q=" + place);
        browser.waitFor(By.id("visits"));
        assertThat(browser.all(By.cssSelector("#visits tbody tr"))).singleElement()
                .satisfies(row -> assertThat(row.getText()).contains(place).contains("180").contains("已完成"));

        browser.click(By.id("to-coverage"));
        browser.waitFor(By.id("coverage-words"));
        assertThat(browser.text(By.id("coverage-words"))).contains("已覆盖").contains("个乡镇");
    }

    @Test
    @DisplayName("岱岳区填报员：工作台有“待完成的巡展”，点开是日期已过仍在计划中的巡展；能登记完成、不能安排；2022年大篷车覆盖了17个乡镇街道中的6个")
    void aReporterSeesVisitsWaitingToBeCompleted() throws Exception {
        String truckName = "岱岳区科普大篷车1号";
        browser.login("daiyue", Demo.PASSWORD);
        browser.waitFor(By.id("todo"));
        browser.click(browser.all(By.cssSelector("#todo .todo-item")).stream()
                .filter(e -> e.getText().contains("待完成的巡展")).findFirst().orElseThrow());
        browser.waitFor(By.id("visits"));
        assertThat(browser.path()).isEqualTo("/mobile");
        assertThat(browser.all(By.cssSelector("#visits tbody tr"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getText()).contains("计划").contains("待完成"))
                .anySatisfy(row -> assertThat(row.getText()).contains("夏张镇中心小学"));
        assertThat(browser.all(By.id("new-visit"))).as("填报员不安排巡展").isEmpty();
        assertThat(browser.text(By.id("resources"))).contains("岱岳区科普大篷车1号");
        assertThat(browser.text(By.cssSelector("#resources tr[data-resource='" + truckName + "'] .completed-count"))).isEqualTo("0 站");
        browser.screenshot("mobile-reporter");

        browser.click(By.linkText("夏张镇中心小学"));
        browser.waitFor(By.id("complete-form"));
        assertThat(browser.all(By.id("cancel-form"))).isEmpty();

        browser.open("/mobile?year=2022&state=COMPLETED");
        browser.waitFor(By.id("visits"));
        assertThat(browser.all(By.cssSelector("#visits tbody tr"))).hasSize(6);

        browser.open("/mobile/coverage");
        browser.waitFor(By.id("coverage-words"));
        assertThat(browser.text(By.id("coverage-words"))).isEqualTo(Demo.DAIYUE + " " + LocalDate.now(clock).getYear() + "年：已覆盖 0 / 17 个乡镇");
        browser.open("/mobile/coverage?year=2022");
        browser.waitFor(By.id("townships"));
        assertThat(browser.text(By.id("coverage-words"))).isEqualTo(Demo.DAIYUE + " 2022年：已覆盖 6 / 17 个乡镇");
        assertThat(browser.all(By.cssSelector("#townships tr[data-reached='true']"))).extracting(e -> e.getAttribute("data-township"))
                .containsExactlyInAnyOrder("岱岳区粥店街道科学技术协会", "岱岳区天平街道科学技术协会", "岱岳区山口镇科学技术协会",
                        "岱岳区满庄镇科学技术协会", "岱岳区马庄镇科学技术协会", "岱岳区道朗镇科学技术协会");
        browser.screenshot("mobile-coverage");
    }
}
