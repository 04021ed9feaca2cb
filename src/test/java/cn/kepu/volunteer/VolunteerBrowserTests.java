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
        browser.click(By.id("nav-volunteers"));
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
}
