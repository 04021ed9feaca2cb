package cn.kepu.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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
class VolunteerImportBrowserTests {

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
    @DisplayName("导入有一行身份证号码错误的志愿者表：列出行和列，一条也不导入；改正后导入全部")
    void importsAVolunteerSheetWithABadRowThenAGoodOne() throws Exception {
        Users.as(users, "taian");
        TeamForm form = new TeamForm();
        form.setUnitId(organizations.named(Demo.TAIAN).orElseThrow().getId());
        form.setName(Demo.unique("泰安市健康科技志愿服务队"));
        form.setField(ServiceField.HEALTH);
        long teamId = registry.createTeam(form).getId();
        Users.nobody();
        String team = form.getName();
        String good = VolunteerTests.freshIdCard();
        String other = VolunteerTests.freshIdCard();
        String wrong = other.substring(0, 17) + (other.charAt(17) == '1' ? '2' : '1');
        Path dir = Files.createTempDirectory("volunteers");
        Path bad = Files.write(dir.resolve("志愿者-有错.xlsx"), VolunteerSheetTests.sheet(
                VolunteerSheetTests.row("周海燕", good, "13605380005", team),
                VolunteerSheetTests.row("吴建华", wrong, "13605380006", team)));
        Path fixed = Files.write(dir.resolve("志愿者.xlsx"), VolunteerSheetTests.sheet(
                VolunteerSheetTests.row("周海燕", good, "13605380005", team),
                VolunteerSheetTests.row("吴建华", other, "13605380006", team)));

        browser.login("taian", Demo.PASSWORD);
        browser.open("/volunteers");
        browser.click(By.id("import-volunteers"));
        assertThat(browser.waitFor(By.id("template-link")).getAttribute("href")).endsWith("/volunteers/import/template");
        browser.driver().findElement(By.id("file")).sendKeys(bad.toString());
        browser.press(By.id("upload"));

        assertThat(browser.waitFor(By.id("import-rejected")).getText()).contains("文件中有1处错误，未导入任何数据");
        assertThat(browser.text(By.id("import-problems"))).contains("第4行 证件号码 身份证号码校验位不正确，请核对");
        assertThat(browser.driver().findElement(By.id("error-workbook")).getAttribute("href")).contains("/volunteers/import/errors/");
        assertThat(jdbc.queryForObject("select count(*) from volunteer where team_id = ?", Long.class, teamId)).isZero();
        browser.screenshot("volunteer-import-rejected");

        browser.driver().findElement(By.id("file")).sendKeys(fixed.toString());
        browser.press(By.id("upload"));
        browser.waitForText(By.id("imported-count"), "2");
        assertThat(browser.text(By.id("import-success"))).contains(team + "2人");
        assertThat(jdbc.queryForObject("select count(*) from volunteer where team_id = ?", Long.class, teamId)).isEqualTo(2);

        browser.open("/volunteers?teamId=" + teamId);
        assertThat(browser.waitFor(By.id("volunteers")).getText()).contains("周海燕").contains("吴建华")
                .contains(IdCardNumber.mask(good)).doesNotContain(good);
    }
}
