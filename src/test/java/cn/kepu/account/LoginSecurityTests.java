package cn.kepu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.kepu.audit.AuditAction;
import cn.kepu.audit.AuditFilter;
import cn.kepu.audit.AuditTrail;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestClock;

@KepuTest
@Isolated("moves the shared test clock")
class LoginSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordPolicy passwords;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A fresh account with a known password that needs no change, so tests do not share lock state. */
    String freshAccount(boolean mustChange) {
        String username = Demo.unique("u").toLowerCase();
        String hash = passwords.hash("Right#Pass1");
        Account account = new Account(username, "测试", null,
                organizations.named(Demo.TAISHAN).orElseThrow().getId(), EnumSet.of(Role.STAFF), hash, clock.instant());
        if (!mustChange) {
            account.changePassword(hash, clock.instant());
        }
        passwords.remember(accounts.save(account).getId(), hash);
        return username;
    }

    @Test
    @DisplayName("连续5次密码错误后账号锁定15分钟，锁定期间正确密码也不能登录")
    void fiveFailuresLockTheAccount() throws Exception {
        String username = freshAccount(false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "Wrong#Pass1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "Right#Pass1")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("账号已被锁定")));
        assertThat(accounts.findByUsername(username).orElseThrow().getLockedUntil()).isNotNull();

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "Right#Pass1"))).andExpect(status().isOk());

        var failures = audit.search(new AuditFilter(null, null, username, AuditAction.LOGIN_FAILED, null, null), 0, 20);
        assertThat(failures.getTotalElements()).isEqualTo(6);
        assertThat(failures.getContent()).anyMatch(e -> e.getSummary().contains("账号已锁定15分钟"));
        assertThat(failures.getContent()).allMatch(e -> "127.0.0.1".equals(e.getClientAddress()));
    }

    @Test
    @DisplayName("登录页：失败时显示中文原因并保留用户名，第5次失败提示账号已锁定，之后提示已被锁定；不存在的用户名六次都得到一字不差的同样回答")
    void loginPageExplainsFailures() throws Exception {
        String username = freshAccount(false);
        List<String> real = sixFailures(username);
        assertThat(real.subList(0, 4)).allSatisfy(page -> assertThat(page).contains("用户名或密码错误。连续5次输入错误，账号将被锁定15分钟")
                .contains(username).doesNotContain("再失败"));
        assertThat(real.get(4)).contains("连续5次登录失败，账号已锁定15分钟");
        assertThat(real.get(5)).contains("账号已被锁定，请稍后再试或联系安全管理员解锁");

        // Before, five tries told a real name from an unknown one: only a real account ever said it was locked.
        String stranger = "no-such-user-" + username;
        List<String> unknown = sixFailures(stranger);
        for (int i = 0; i < 6; i++) {
            assertThat(message(unknown.get(i))).as("第" + (i + 1) + "次").isEqualTo(message(real.get(i)));
        }
    }

    @Test
    @DisplayName("停用的账号：密码错误时和任何错误密码一样回答（不暴露账号存在），密码正确时才说明已停用")
    void aDisabledAccountIsToldOnlyWithItsPassword() throws Exception {
        String username = freshAccount(false);
        Account account = accounts.findByUsername(username).orElseThrow();
        account.disable();
        accounts.save(account);
        String disabled = mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "Wrong#Pass1")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/v1/organizations").with(httpBasic("no-such-" + username, "Wrong#Pass1")))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        assertThat(disabled).contains("用户名或密码错误").doesNotContain("停用").isEqualTo(unknown);
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "Right#Pass1")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.detail").value(Matchers.startsWith("账号或所在单位已停用")));
    }

    /** The login page after each of six wrong passwords for this name. */
    List<String> sixFailures(String username) throws Exception {
        List<String> pages = new ArrayList<>();
        MockHttpSession session = new MockHttpSession();
        for (int i = 1; i <= 6; i++) {
            mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "nope"))
                    .andExpect(redirectedUrl("/login?error"));
            pages.add(mvc.perform(get("/login").param("error", "").session(session)).andReturn().getResponse().getContentAsString());
        }
        return pages;
    }

    static String message(String page) {
        Matcher m = Pattern.compile("id=\"login-error\"[^>]*>([^<]*)<").matcher(page);
        assertThat(m.find()).as("the login page shows its error").isTrue();
        return m.group(1).strip();
    }

    @Test
    @DisplayName("访问频率限制排在安全过滤器之前：密码校验之前就拒绝洪水般的登录")
    void throttleComesBeforeSecurity(@Autowired FilterRegistrationBean<ThrottleFilter> throttle) {
        assertThat(throttle.getOrder()).isLessThan(SecurityFilterProperties.DEFAULT_FILTER_ORDER);
        assertThat(throttle.isEnabled()).isTrue();
    }

    @Test
    @DisplayName("HTTPS 请求的回答带 HSTS；生产配置的会话 Cookie 带 Secure，且按代理转发的协议判断 HTTPS")
    void transportSecurity() throws Exception {
        assertThat(mvc.perform(get("/login").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000").contains("includeSubDomains");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                .as("明文 http 的演示环境不发 HSTS").isNull();
        Properties prod = new Properties();
        try (var in = getClass().getResourceAsStream("/application-prod.properties")) {
            prod.load(in);
        }
        assertThat(prod).containsEntry("server.servlet.session.cookie.secure", "true")
                .containsEntry("server.forward-headers-strategy", "framework");
    }

    @Test
    @DisplayName("成功登录写入审计日志，带客户端地址；成功后失败计数清零")
    void successfulLoginIsAuditedAndResetsFailures() throws Exception {
        String username = freshAccount(false);
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "nope"));
        assertThat(accounts.findByUsername(username).orElseThrow().getFailedAttempts()).isEqualTo(1);
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "Right#Pass1"))
                .andExpect(redirectedUrl("/"));
        assertThat(accounts.findByUsername(username).orElseThrow().getFailedAttempts()).isZero();
        var logins = audit.search(new AuditFilter(null, null, username, AuditAction.LOGIN, null, null), 0, 5).getContent();
        assertThat(logins).hasSize(1);
        assertThat(logins.get(0).getClientAddress()).isEqualTo("127.0.0.1");
        assertThat(logins.get(0).getOrganizationName()).isEqualTo(Demo.TAISHAN);
    }

    @Test
    @DisplayName("初始密码必须先修改：页面转到修改密码，API 拒绝并说明原因")
    void firstPasswordMustBeChanged() throws Exception {
        String username = freshAccount(true);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "Right#Pass1"));
        mvc.perform(get("/organizations").session(session)).andExpect(redirectedUrl("/profile/password"));
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "Right#Pass1")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("密码为初始密码或已过期，请先登录网页修改密码"));

        String refused = mvc.perform(post("/profile/password").session(session).with(csrf()).param("current", "Right#Pass1")
                        .param("next", "Right#Pass1").param("confirm", "Right#Pass1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("不能使用最近5次用过的密码");

        mvc.perform(post("/profile/password").session(session).with(csrf()).param("current", "Right#Pass1")
                        .param("next", "Another#Pass2").param("confirm", "Another#Pass2"))
                .andExpect(redirectedUrl("/"));
        var after = mvc.perform(get("/organizations").session(session)).andReturn().getResponse();
        assertThat(after.getRedirectedUrl()).isNull();
        assertThat(after.getStatus()).isEqualTo(200);
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "Another#Pass2"))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("密码超过90天必须修改")
    void expiredPasswordMustBeChanged() throws Exception {
        String username = freshAccount(false);
        clock.advance(Duration.ofDays(91));
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "Right#Pass1")))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("个人 API 令牌：可用、只存哈希、吊销后失效")
    void personalTokensWorkUntilRevoked() throws Exception {
        String username = freshAccount(false);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "Right#Pass1"));
        var flash = mvc.perform(post("/profile/tokens").session(session).with(csrf()).param("name", "统计脚本"))
                .andExpect(redirectedUrl("/profile")).andReturn().getFlashMap();
        String token = (String) flash.get("newToken");
        assertThat(token).startsWith("kp_").hasSizeGreaterThan(40);

        mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].name").value(Demo.TAISHAN));
        mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer kp_forged"))
                .andExpect(status().isUnauthorized());

        Long accountId = accounts.findByUsername(username).orElseThrow().getId();
        String shownOnce = mvc.perform(get("/profile").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(shownOnce).contains(token);
        String page = mvc.perform(get("/profile").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("统计脚本").doesNotContain(token);
        long tokenId = Long.parseLong(page.replaceAll("(?s).*/profile/tokens/(\\d+)/revoke.*", "$1"));
        mvc.perform(post("/profile/tokens/{id}/revoke", tokenId).session(session).with(csrf()));
        mvc.perform(get("/api/v1/organizations").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        assertThat(accountId).isNotNull();
    }
}
