package cn.kepu.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;

@KepuTest
class AccountPagesBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    @Test
    @DisplayName("单位管理员新增填报员（先用弱密码被拒、所填内容保留），新用户首次登录被要求修改密码")
    void orgAdminCreatesAUserWhoMustChangeThePassword() throws Exception {
        browser.login("taishan", Demo.PASSWORD);
        browser.open("/accounts");
        browser.waitFor(By.id("new-account")).click();
        browser.waitForPath("/accounts/new");
        Boolean disabled = browser.await()
                .ignoring(WebDriverException.class)
                .until(d -> !d.findElement(By.cssSelector("input[name=roles][value=SYSTEM_ADMIN]")).isEnabled());
        assertThat(disabled).as("不能授予自己没有的角色").isTrue();

        String login = "ts" + System.nanoTime() % 1_000_000_000L;
        browser.type(By.id("username"), login);
        browser.type(By.id("displayName"), "王小明");
        new Select(browser.driver().findElement(By.id("organizationId"))).selectByContainsVisibleText("泰山区科学技术局");
        browser.type(By.id("phone"), "13912345678");
        browser.driver().findElement(By.cssSelector("input[name=roles][value=REPORTER]")).click();
        browser.type(By.id("password"), "short");
        browser.driver().findElement(By.id("save")).click();

        assertThat(browser.waitFor(By.cssSelector(".field-error")).getText()).contains("至少8位");
        assertThat(browser.driver().findElement(By.id("username")).getAttribute("value")).isEqualTo(login);
        assertThat(browser.driver().findElement(By.id("displayName")).getAttribute("value")).isEqualTo("王小明");
        assertThat(browser.driver().findElement(By.cssSelector("input[name=roles][value=REPORTER]")).isSelected()).isTrue();
        browser.screenshot("account-form-error");

        browser.type(By.id("password"), "Start@2026x");
        browser.driver().findElement(By.id("save")).click();
        assertThat(browser.waitFor(By.cssSelector(".alert-success")).getText())
                .isEqualTo("已新增用户“" + login + "”，首次登录须修改密码");
        WebElement row = browser.waitFor(By.cssSelector("tr[data-username='" + login + "']"));
        assertThat(row.getText()).contains("王小明").contains("泰山区科学技术局").contains("填报员").contains("待改密码");
        browser.screenshot("accounts");

        browser.login(login, "Start@2026x");
        assertThat(browser.waitFor(By.id("forced-change")).getText()).contains("请先修改密码");
        Thread.sleep(300); // let the bell's count request come back
        assertThat(browser.all(By.id("forced-change"))).as("铃铛不会把整页塞进徽标").hasSize(1);
        browser.open("/organizations");
        assertThat(browser.path()).as("改密码之前哪里也去不了").isEqualTo("/profile/password");
        browser.type(By.id("current"), "Start@2026x");
        browser.type(By.id("next"), "Changed@2026");
        browser.type(By.id("confirm"), "Changed@2027");
        browser.driver().findElement(By.id("change-password")).click();
        assertThat(browser.waitFor(By.id("password-errors")).getText()).contains("两次输入的新密码不一致");
        browser.type(By.id("current"), "Start@2026x");
        browser.type(By.id("next"), "Changed@2026");
        browser.type(By.id("confirm"), "Changed@2026");
        browser.driver().findElement(By.id("change-password")).click();
        assertThat(browser.waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("密码已修改");
        assertThat(browser.path()).isEqualTo("/");
    }

    @Test
    @DisplayName("在个人中心创建 API 令牌：只显示一次、可以调用接口；吊销后立即失效")
    void personalApiTokenWorksUntilRevoked() throws Exception {
        browser.login("taian", Demo.PASSWORD);
        browser.open("/profile");
        browser.type(By.id("token-name"), "统计脚本");
        browser.driver().findElement(By.id("create-token")).click();
        String token = browser.waitFor(By.id("new-token")).getText();
        assertThat(token).startsWith("kp_");
        assertThat(apiStatus(token)).isEqualTo(200);

        browser.open("/profile");
        assertThat(browser.all(By.id("new-token"))).as("令牌只显示一次").isEmpty();
        WebElement row = browser.all(By.cssSelector("#tokens tbody tr")).stream()
                .filter(r -> r.getText().startsWith("统计脚本") && r.getText().contains("有效")).findFirst().orElseThrow();
        browser.click(row.findElement(By.tagName("button"))); // below the fold since 个人中心 has 两步验证
        browser.driver().switchTo().alert().accept();
        assertThat(browser.waitFor(By.cssSelector(".alert-success")).getText()).isEqualTo("令牌已吊销");
        assertThat(apiStatus(token)).isEqualTo(401);
    }

    @Test
    @DisplayName("审计员只看到审计日志，按用户筛选登录记录；打开组织机构页面得到中文的无权限提示")
    void auditorSeesOnlyTheAuditLog() throws Exception {
        browser.login("daiyue", "wrong-password");
        browser.login("auditor", Demo.PASSWORD);
        assertThat(browser.menuEntries()).contains("审计日志").doesNotContain("组织机构", "用户管理");

        browser.open("/audit");
        browser.type(By.id("username"), "daiyue");
        new Select(browser.driver().findElement(By.id("action"))).selectByVisibleText("登录失败");
        browser.driver().findElement(By.cssSelector("#audit-filter button[type=submit]:not(#export)")).click();
        browser.waitForText(By.id("audit-count"), "共");
        List<WebElement> rows = browser.all(By.cssSelector("#audit-table tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("daiyue").contains("登录失败"));
        browser.screenshot("audit-log");

        browser.open("/organizations");
        assertThat(browser.waitFor(By.id("error-message")).getText()).isEqualTo("您没有访问此页面或执行此操作的权限。");

        // That refusal is itself in the log: the auditor finds it among what failed or was refused.
        browser.open("/audit");
        browser.type(By.id("username"), "auditor");
        new Select(browser.driver().findElement(By.id("success"))).selectByVisibleText("失败或拒绝");
        browser.driver().findElement(By.cssSelector("#audit-filter button[type=submit]:not(#export)")).click();
        browser.waitForText(By.id("audit-count"), "共");
        assertThat(browser.all(By.cssSelector("#audit-table tbody tr"))).isNotEmpty()
                .anySatisfy(r -> assertThat(r.getText()).contains("拒绝访问").contains("/organizations"))
                .allSatisfy(r -> assertThat(r.getText()).doesNotContain("成功"));
    }

    private int apiStatus(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/organizations?q="
                + URLEncoder.encode("泰山", StandardCharsets.UTF_8))).header("Authorization", "Bearer " + token).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
