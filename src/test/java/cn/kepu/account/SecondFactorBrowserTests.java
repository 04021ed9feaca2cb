package cn.kepu.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Browser;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestClock;

/** A person binds an authenticator in 个人中心 and logs in with password and code, in a real browser. */
@KepuTest
@Isolated("moves the shared test clock")
class SecondFactorBrowserTests {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordPolicy passwords;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    TestClock clock;

    @BeforeEach
    void at() {
        browser.at(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("在个人中心扫码（或手输密钥）启用两步验证，看到一次性的恢复码；退出后用密码加验证码登录，错码有中文提示")
    void enrolThenLogInWithPasswordAndCode() throws Exception {
        String username = Demo.unique("tfb").toLowerCase();
        String hash = passwords.hash("Right#Pass1");
        Account account = new Account(username, "赵敏", null, organizations.named(Demo.TAIAN).orElseThrow().getId(),
                EnumSet.of(Role.STAFF), hash, clock.instant());
        account.changePassword(hash, clock.instant());
        passwords.remember(accounts.save(account).getId(), hash);

        browser.login(username, "Right#Pass1");
        browser.waitFor(By.id("welcome"));
        browser.open("/profile");
        assertThat(browser.waitFor(By.id("two-factor-status")).getText()).contains("未启用");
        browser.click(By.id("enrol-two-factor"));
        WebElement qr = browser.waitFor(By.id("qr-code"));
        assertThat(qr.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getSize().getWidth()).isEqualTo(200);
        String secret = browser.text(By.id("secret"));
        assertThat(secret).matches("[A-Z2-7]{4}( [A-Z2-7]{4}){7}");
        browser.screenshot("two-factor-enrol");

        // The test is the phone: it reads the key off the page, as a person typing it into the app would.
        byte[] key = Totp.fromBase32(secret);
        Totp phone = new Totp(clock);
        browser.type(By.id("enrol-code"), TotpCodes.wrong(phone.now(key)));
        browser.press(By.id("confirm-enrol"));
        assertThat(browser.waitFor(By.id("enrol-error")).getText()).startsWith("验证码不正确");
        assertThat(browser.text(By.id("secret"))).as("同一个密钥，不用重新扫码").isEqualTo(secret);
        browser.type(By.id("enrol-code"), phone.now(key));
        browser.press(By.id("confirm-enrol"));

        List<String> codes = browser.waitFor(By.id("recovery-codes")).findElements(By.cssSelector(".code")).stream()
                .map(WebElement::getText).toList();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).matches("[2-9a-z]{5}-[2-9a-z]{5}"));
        assertThat(browser.text(By.id("recovery-hint"))).contains("只显示这一次", "打印");
        assertThat(browser.text(By.id("flash-message"))).startsWith("两步验证已启用");
        browser.screenshot("two-factor-recovery-codes");
        browser.click(By.id("codes-saved"));
        assertThat(browser.waitFor(By.id("two-factor-status")).getText()).contains("已启用", "剩余恢复码 10 个");

        browser.driver().findElement(By.cssSelector("form[action='/logout'] button")).click();
        browser.waitFor(By.cssSelector(".alert-info"));
        // The enrolling code's 30 seconds are used up; the phone shows the next code.
        clock.at(Instant.ofEpochSecond((clock.instant().getEpochSecond() / Totp.STEP_SECONDS + 1) * Totp.STEP_SECONDS + 1));

        browser.login(username, "Right#Pass1");
        browser.waitForPath("/login/code");
        browser.open("/plans");
        assertThat(browser.path()).as("验证码之前哪里也去不了").isEqualTo("/login/code");
        browser.type(By.id("code"), TotpCodes.wrong(phone.now(key)));
        browser.press(By.id("verify-code"));
        assertThat(browser.waitFor(By.id("code-error")).getText()).isEqualTo("验证码不正确。连续5次输入错误，账号将被锁定15分钟");
        browser.screenshot("two-factor-login-code");
        browser.type(By.id("code"), phone.now(key));
        browser.press(By.id("verify-code"));
        assertThat(browser.waitFor(By.id("welcome")).getText()).isEqualTo("赵敏，您好");
        assertThat(browser.path()).isEqualTo("/");
    }
}
