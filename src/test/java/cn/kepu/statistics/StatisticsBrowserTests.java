package cn.kepu.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.activity.ApprovedActivities;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.Users;

@KepuTest
class StatisticsBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    @Test
    @DisplayName("填一份科普统计：活动数已由系统预填并注明来源；分项大于总数时提示且保留所填；改正后上报，状态变为已上报、数字不能再改")
    void fillAndSubmitAForm() throws Exception {
        Users.as(users, "admin");
        OrganizationForm unit = new OrganizationForm();
        unit.setName(Demo.unique("统计页面县科学技术协会"));
        unit.setUnitType(UnitType.ASSOCIATION);
        unit.setLevel(OrgLevel.TOWNSHIP);
        unit.setParentId(organizations.named(Demo.TAISHAN).orElseThrow().getId());
        Organization county = organizationManagement.create(unit);
        ApprovedActivities.approvedFor(context, county.getId());
        Users.nobody();
        int year = ApprovedActivities.year();

        browser.login("taian", Demo.PASSWORD);
        browser.menu("nav-statistics");
        browser.type(By.id("year-filter"), String.valueOf(year));
        browser.press(By.id("year-filter"));
        browser.waitForText(By.tagName("h1"), year + "年度科普统计");
        browser.click(By.cssSelector("#units tr[data-unit='" + county.getName() + "'] a.open-form"));
        browser.waitFor(By.id("statistics-form"));
        assertThat(browser.driver().findElement(By.id("v_ACTIVITIES")).getAttribute("value")).isEqualTo("1");
        assertThat(browser.text(By.cssSelector("#row-ACTIVITIES .prefill"))).isEqualTo("系统预填：本单位" + year + "年审核通过的活动");
        assertThat(browser.text(By.id("form-state"))).isEqualTo("未填报");

        browser.type(By.id("v_STAFF_FULL"), "6");
        browser.type(By.id("v_STAFF_FULL_SENIOR"), "9");
        browser.type(By.id("v_FUNDS_RAISED"), "35.5");
        browser.type(By.id("v_POPULATION"), "71");
        browser.press(By.id("save"));
        assertThat(browser.waitFor(By.id("problems")).getText()).contains("中级职称及以上（9人）不能大于科普专职人员（6人）");
        assertThat(browser.driver().findElement(By.id("v_FUNDS_RAISED")).getAttribute("value")).as("所填保留").isEqualTo("35.5");
        assertThat(browser.driver().findElement(By.id("v_STAFF_FULL_SENIOR")).getAttribute("value")).isEqualTo("9");

        browser.type(By.id("v_STAFF_FULL_SENIOR"), "4");
        browser.press(By.id("submit"));
        browser.driver().switchTo().alert().accept();
        browser.waitForText(By.cssSelector(".alert-success"), "年科普统计已上报");
        assertThat(browser.text(By.id("form-state"))).isEqualTo("已上报");
        assertThat(browser.driver().findElement(By.id("v_FUNDS_RAISED")).getAttribute("readonly")).isNotNull();
        assertThat(browser.all(By.id("submit"))).as("上报后没有上报按钮").isEmpty();
        browser.screenshot("statistics-submitted");

        // The summary of the unit: its submitted figures and 人均科普经费 (35.5万元 ÷ 71万人).
        browser.open("/statistics/" + year + "/summary?unitId=" + county.getId());
        browser.waitFor(By.id("rollup"));
        assertThat(browser.text(By.cssSelector("#rollup tr[data-item='STAFF_FULL'] .total"))).isEqualTo("6");
        assertThat(browser.text(By.id("per-capita"))).isEqualTo("0.50 元/人");
        assertThat(browser.driver().findElement(By.id("bulletin")).getAttribute("href"))
                .endsWith("/statistics/" + year + "/bulletin?unitId=" + county.getId());
    }
}
