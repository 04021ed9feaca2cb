package cn.kepu.expert;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.parallel.ResourceLock;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.Users;

@ResourceLock("experts") // ExpertTests counts all experts before and after a refused import
@KepuTest
class ExpertBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    ExpertRegistry registry;
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

    Expert expert(String unit, String name, String employer, ExpertField field, String skills, Availability availability) {
        ExpertForm form = new ExpertForm();
        form.setUnitId(organizations.named(unit).orElseThrow().getId());
        form.setName(name);
        form.setEmployer(employer);
        form.setFields(List.of(field));
        form.setSkills(skills);
        form.setAvailability(availability);
        form.setPhone("13605381003");
        return registry.create(form);
    }

    @Test
    @DisplayName("工作人员按领域找专家：只列出该领域、本人范围内的专家，可随时联系的在前；打开一位专家看详情，电话打码")
    void staffFindsExpertsByField() {
        Users.as(users, "admin");
        String skill = Demo.unique("暴雨预警");
        Expert weather = expert(Demo.TAIAN, "刘振华" + skill, "泰安市气象局", ExpertField.METEOROLOGY, skill, Availability.ANYTIME);
        Expert later = expert(Demo.TAISHAN, "马晓东" + skill, "泰山区气象局", ExpertField.METEOROLOGY, skill, Availability.BY_APPOINTMENT);
        Expert doctor = expert(Demo.TAIAN, "王立红" + skill, "泰安市中心医院", ExpertField.HEALTH, skill, Availability.ANYTIME);
        Expert elsewhere = expert(Demo.WEINAN, "何雨" + skill, "渭南市气象局", ExpertField.METEOROLOGY, skill, Availability.ANYTIME);
        Users.nobody();

        browser.login("taian", Demo.PASSWORD);
        browser.menu("nav-experts");
        browser.waitFor(By.id("filter"));
        new Select(browser.driver().findElement(By.id("field"))).selectByValue("METEOROLOGY");
        browser.type(By.id("skill"), skill);
        browser.press(By.id("search"));
        browser.waitForText(By.id("expert-count"), "共 2 位专家");

        List<String> names = browser.all(By.cssSelector("#experts .expert-name")).stream().map(WebElement::getText).toList();
        assertThat(names).containsExactly(weather.getName(), later.getName());
        assertThat(browser.driver().getPageSource()).doesNotContain(doctor.getName()).doesNotContain(elsewhere.getName());

        browser.click(By.linkText(later.getName()));
        browser.waitForText(By.id("expert-name"), later.getName());
        assertThat(browser.text(By.id("employer"))).isEqualTo("泰山区气象局");
        assertThat(browser.text(By.id("fields"))).isEqualTo("气象");
        assertThat(browser.text(By.id("availability"))).isEqualTo("需提前预约");
        assertThat(browser.text(By.id("phone"))).isEqualTo("136****1003");
        assertThat(browser.all(By.id("reveal"))).as("工作人员没有“显示完整号码”").isEmpty();
    }

    @Test
    @DisplayName("添加专家时漏选可联系时间、电话写错：提示并保留所填；改正后保存，详情页电话打码")
    void addsAnExpertAfterFixingMistakes() {
        String name = Demo.unique("郑晓梅");
        browser.login("taian", Demo.PASSWORD);
        browser.open("/experts");
        browser.click(By.id("new-expert"));
        browser.waitFor(By.id("employer"));
        browser.type(By.id("name"), name);
        browser.type(By.id("employer"), "肥城市应急管理局");
        browser.click(By.id("field-EMERGENCY"));
        browser.type(By.id("skills"), "防汛抗旱应急科普");
        browser.type(By.id("phone"), "139053810");
        browser.press(By.id("save"));

        browser.waitFor(By.id("problems"));
        assertThat(browser.text(By.id("problems"))).contains("请选择可联系时间").contains("联系电话应为11位手机号或固定电话");
        assertThat(browser.driver().findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.driver().findElement(By.id("skills")).getAttribute("value")).isEqualTo("防汛抗旱应急科普");
        assertThat(browser.driver().findElement(By.id("field-EMERGENCY")).isSelected()).isTrue();

        new Select(browser.driver().findElement(By.id("availability"))).selectByValue("ANYTIME");
        browser.type(By.id("phone"), "13905381010");
        browser.press(By.id("save"));

        browser.waitForText(By.id("expert-name"), name);
        assertThat(browser.text(By.id("flash-message"))).isEqualTo("已将" + name + "加入专家库");
        assertThat(browser.text(By.id("phone"))).isEqualTo("139****1010");
        assertThat(browser.text(By.id("emergency"))).startsWith("是");
        assertThat(browser.driver().getPageSource()).doesNotContain("13905381010");
    }
}
