package cn.kepu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.Users;

@KepuTest
class VolunteerBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    VolunteerRegistry registry;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        browser.at(port);
    }

    @AfterEach
    void nobody() {
        Users.nobody();
    }

    @Test
    @DisplayName("工作人员登记志愿者，详情页上身份证号码和手机号码打码显示")
    void staffRegistersAVolunteerAndSeesTheNumberMasked() {
        Users.as(users, "taian");
        TeamForm team = new TeamForm();
        team.setUnitId(organizations.named(Demo.TAIAN).orElseThrow().getId());
        team.setName(Demo.unique("泰安市农业科技志愿服务队"));
        team.setField(ServiceField.AGRICULTURE);
        long teamId = registry.createTeam(team).getId();
        Users.nobody();
        String idCard = VolunteerTests.freshIdCard();

        browser.login("taian", Demo.PASSWORD);
        browser.open("/volunteers");
        browser.menu("nav-volunteers");
        browser.click(By.id("new-volunteer"));
        browser.waitFor(By.id("idCard"));
        new Select(browser.driver().findElement(By.id("teamId"))).selectByValue(String.valueOf(teamId));
        browser.type(By.id("name"), "孙志强");
        new Select(browser.driver().findElement(By.id("field"))).selectByValue("AGRICULTURE");
        browser.type(By.id("idCard"), idCard);
        browser.type(By.id("phone"), "13812345678");
        browser.driver().executeScript("document.getElementById('consentOn').value = '2026-03-01'");
        browser.press(By.id("save"));

        browser.waitForText(By.id("id-card"), idCard.substring(0, 4) + "**********" + idCard.substring(14));
        assertThat(browser.text(By.id("phone"))).isEqualTo("138****5678");
        assertThat(browser.driver().getPageSource()).doesNotContain(idCard).contains("已登记志愿者孙志强");
    }

    @Test
    @DisplayName("建立服务队（漏填领域被指出、所填保留），登记队员，在已结束的活动上记录服务时长（填错时逐人提示），队员和服务队页面显示年度时长")
    void teamServesAtAnActivityAndTheHoursShow() {
        String teamName = Demo.unique("泰山区科普讲解志愿服务队");
        browser.login("taishan", Demo.PASSWORD);
        browser.open("/volunteer-teams");
        browser.click(By.id("new-team"));
        browser.type(By.id("name"), teamName);
        new Select(browser.driver().findElement(By.id("unitId"))).selectByVisibleText(Demo.TAISHAN);
        browser.type(By.id("leaderName"), "刘海燕");
        browser.press(By.id("save"));
        browser.waitForText(By.cssSelector("[data-field=field]"), "请选择服务领域");
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo(teamName);
        new Select(browser.driver().findElement(By.id("field"))).selectByValue("EDUCATION");
        browser.press(By.id("save"));
        browser.waitForText(By.tagName("h1"), teamName);

        browser.click(By.id("add-volunteer"));
        browser.waitFor(By.id("idCard"));
        browser.type(By.id("name"), "赵文静");
        new Select(browser.driver().findElement(By.id("field"))).selectByValue("EDUCATION");
        browser.type(By.id("idCard"), VolunteerTests.freshIdCard());
        browser.driver().executeScript("document.getElementById('consentOn').value = '2022-03-01'");
        browser.press(By.id("save"));
        browser.waitForText(By.tagName("h1"), "赵文静");

        long activity = jdbc.queryForObject("select id from activity where name = ?", Long.class, ServiceHoursTests.SERVED);
        browser.open("/activities/" + activity);
        browser.click(By.id("volunteer-service"));
        browser.type(By.id("teamName"), teamName.substring(0, teamName.length() - 2));
        browser.press(By.id("find-team"));
        browser.await().until(d -> d.findElements(By.cssSelector("#teamId option")).size() == 2);
        assertThat(browser.all(By.cssSelector("#teamId option"))).as("查找后只列出名称含这些字的服务队")
                .extracting(e -> e.getText()).containsExactly("请选择参与服务的服务队", teamName + "（" + Demo.TAISHAN + "）");
        new Select(browser.driver().findElement(By.id("teamId"))).selectByVisibleText(teamName + "（" + Demo.TAISHAN + "）");
        browser.press(By.id("choose-team"));
        By hours = By.cssSelector("#members input[name^=hours-]");
        browser.waitFor(hours).sendKeys("三个半小时");
        browser.press(By.id("save-hours"));
        browser.waitForText(By.cssSelector("#members .invalid-feedback"), "赵文静的服务时长“三个半小时”不是数字，请填写小时数，如 3 或 2.5");
        assertThat(browser.driver().findElement(hours).getAttribute("value")).as("所填保留").isEqualTo("三个半小时");
        browser.driver().findElement(hours).clear();
        browser.type(hours, "3.5");
        browser.press(By.id("save-hours"));
        browser.waitForText(By.id("flash-message"), "已记录1名志愿者的服务时长");
        assertThat(browser.all(By.cssSelector("#records tbody tr")).stream().map(org.openqa.selenium.WebElement::getText)
                .filter(row -> row.contains(teamName))).singleElement().asString().contains("赵文静").contains(" 3.5 taishan");

        browser.click(By.linkText("赵文静"));
        browser.waitForText(By.id("years"), "2022年");
        assertThat(browser.text(By.cssSelector("#years tbody tr"))).isEqualTo("2022年 1 3.5");
        browser.click(By.linkText(teamName));
        browser.waitForText(By.id("team-years"), "2022年");
        assertThat(browser.text(By.cssSelector("#team-years tbody tr"))).isEqualTo("2022年 1 1 3.5");
    }
}
