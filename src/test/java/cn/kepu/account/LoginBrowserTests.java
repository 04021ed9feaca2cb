package cn.kepu.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class LoginBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    @Test
    @DisplayName("密码错误时登录页显示中文原因，并保留用户名")
    void wrongPasswordIsExplained() throws Exception {
        browser.login("weinan", "Wrong#123");
        assertThat(browser.waitFor(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。连续5次输入错误，账号将被锁定15分钟");
        assertThat(browser.driver().findElement(By.id("username")).getAttribute("value")).isEqualTo("weinan");
        assertThat(browser.driver().getTitle()).contains("登录");
        browser.screenshot("login-error");
    }

    @Test
    @DisplayName("登录后进入本单位首页，导航栏只有本角色可用的模块；退出后回到登录页")
    void loginLandsOnTheUnitsHomePage() throws Exception {
        browser.login("taishan", Demo.PASSWORD);
        assertThat(browser.waitFor(By.id("welcome")).getText()).isEqualTo("孙丽，您好");
        assertThat(browser.text(By.id("home-unit"))).isEqualTo(Demo.TAISHAN);
        assertThat(Integer.parseInt(browser.text(By.id("units-in-scope")))).isGreaterThan(20);
        assertThat(browser.menuEntries()).contains("组织机构", "用户管理", "资源库", "志愿者").doesNotContain("审计日志");
        browser.screenshot("home-taishan");

        browser.driver().findElement(By.cssSelector("form[action='/logout'] button")).click();
        assertThat(browser.waitFor(By.cssSelector(".alert-info")).getText()).isEqualTo("您已安全退出");
    }

    @Test
    @DisplayName("审计员只看到审计日志")
    void auditorSeesOnlyTheAuditLog() {
        browser.login("auditor", Demo.PASSWORD);
        browser.waitFor(By.id("welcome"));
        assertThat(browser.menuEntries()).containsExactly("首页", "审计日志");
    }
}
