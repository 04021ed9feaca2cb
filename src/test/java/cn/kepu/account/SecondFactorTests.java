package cn.kepu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.kepu.audit.AuditAction;
import cn.kepu.audit.AuditEvent;
import cn.kepu.audit.AuditFilter;
import cn.kepu.audit.AuditTrail;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestClock;

/**
 * Two-step verification through the real security chains: the code page after the password, nothing else before
 * it, codes that work once, recovery codes, the lockout, and the roles that must bind an authenticator first.
 * Each test makes its own accounts; it moves the shared clock (to a fresh 30-second step) and the required roles,
 * so it runs alone and puts both back.
 */
@KepuTest
@Isolated("moves the shared test clock and changes the roles that require two-step verification")
class SecondFactorTests {

    static final String PASSWORD = "Right#Pass1";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordPolicy passwords;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    AccountDetails details;
    @Autowired
    SecondFactorEnrolment enrolment;
    @Autowired
    SecondFactors factors;
    @Autowired
    RecoveryCodes recoveryCodes;
    @Autowired
    SecondFactorPolicy policy;
    @Autowired
    AuditTrail audit;
    @Autowired
    TestClock clock;

    Set<Role> requiredBefore;

    @BeforeEach
    void remember() {
        requiredBefore = policy.required();
    }

    @AfterEach
    void restore() {
        clock.reset();
        policy.require(requiredBefore);
    }

    String account(Role role) {
        String username = Demo.unique("tf").toLowerCase();
        String hash = passwords.hash(PASSWORD);
        Long unit = Role.BUSINESS.contains(role) ? organizations.named(Demo.TAISHAN).orElseThrow().getId() : null;
        Account account = new Account(username, "两步测试", null, unit, EnumSet.of(role), hash, clock.instant());
        account.changePassword(hash, clock.instant());
        passwords.remember(accounts.save(account).getId(), hash);
        return username;
    }

    KepuUser principal(String username) {
        return details.loadUserByUsername(username);
    }

    /** Binds an authenticator as 个人中心 does; returns the secret the test's "phone" holds and the recovery codes. */
    record Phone(byte[] secret, List<String> recoveryCodes) {
    }

    Phone enrol(String username) {
        byte[] secret = Totp.newSecret();
        List<String> codes = enrolment.confirm(principal(username), Totp.base32(secret), new Totp(clock).now(secret));
        return new Phone(secret, codes);
    }

    /** On to the start of the next 30-second step: the enrolling code's step is used, the next code is fresh. */
    void nextStep() {
        long next = (clock.instant().getEpochSecond() / Totp.STEP_SECONDS + 1) * Totp.STEP_SECONDS;
        clock.at(Instant.ofEpochSecond(next + 1));
    }

    String code(Phone phone) {
        return new Totp(clock).now(phone.secret());
    }

    MockHttpSession password(String username) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", PASSWORD));
        return session;
    }

    MvcResult submit(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code)).andReturn();
    }

    String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    List<AuditEvent> audited(String username, AuditAction action) {
        return audit.search(new AuditFilter(null, null, username, action, null, null), 0, 50).getContent();
    }

    @Test
    @DisplayName("已启用两步验证：密码正确后只到验证码页，其他页面、htmx 片段和只凭密码的 API 都进不去；错码中文提示，对码后回到原来要去的页面")
    void enrolledUserGivesTheCodeBeforeAnythingElse() throws Exception {
        String username = account(Role.ORG_ADMIN);
        Phone phone = enrol(username);
        nextStep();

        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/accounts").session(session)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/accounts").session(session)).andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/profile/two-factor/enrol").session(session)).andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/notifications/unread").session(session).header("HX-Request", "true")).andExpect(status().isNoContent());
        assertThat(page(mvc.perform(get("/login/code").session(session)).andExpect(status().isOk()).andReturn()))
                .contains("两步验证", "6位验证码", "恢复码");
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不能只凭密码调用接口")));

        MvcResult refused = submit(session, TotpCodes.wrong(code(phone)));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page(refused)).contains("验证码不正确。连续5次输入错误，账号将被锁定15分钟");
        assertThat(accounts.findByUsername(username).orElseThrow().getFailedAttempts()).isEqualTo(1);
        mvc.perform(get("/accounts").session(session)).andExpect(redirectedUrl("/login/code"));
        assertThat(audited(username, AuditAction.LOGIN)).as("只有密码不算登录").isEmpty();

        MvcResult passed = submit(session, code(phone));
        assertThat(passed.getResponse().getRedirectedUrl()).as("回到登录前要去的页面").startsWith("/accounts");
        mvc.perform(get("/accounts").session(session)).andExpect(status().isOk());
        mvc.perform(get("/login/code").session(session)).andExpect(redirectedUrl("/"));
        assertThat(accounts.findByUsername(username).orElseThrow().getFailedAttempts()).isZero();
        assertThat(audited(username, AuditAction.LOGIN)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).isEqualTo("登录成功（两步验证）"));
        assertThat(audited(username, AuditAction.SECOND_FACTOR_FAILED)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).isEqualTo("验证码不正确"));
        assertThat(audited(username, AuditAction.SECOND_FACTOR_ENABLE)).hasSize(1);
    }

    @Test
    @DisplayName("同一验证码只能用一次（换个会话也不行）；手机慢一步（前一个30秒）的验证码可用；下一个时间步的新验证码可用")
    void aCodeWorksOnceAndDriftIsForgiven() throws Exception {
        String username = account(Role.STAFF);
        Phone phone = enrol(username);
        nextStep();
        String code = code(phone);
        assertThat(submit(password(username), code).getResponse().getRedirectedUrl()).isEqualTo("/");

        MockHttpSession again = password(username);
        MvcResult replay = submit(again, code);
        assertThat(page(replay)).contains("这个验证码已经用过");
        mvc.perform(get("/").session(again)).andExpect(redirectedUrl("/login/code"));

        clock.advance(Duration.ofSeconds(2 * Totp.STEP_SECONDS));
        long step = new Totp(clock).currentStep();
        String behind = Totp.code(phone.secret(), step - 1, Totp.DIGITS);
        assertThat(submit(again, behind).getResponse().getRedirectedUrl()).as("手机时间慢30秒").isEqualTo("/");
        assertThat(factors.findByAccountId(accounts.findByUsername(username).orElseThrow().getId()).orElseThrow()
                .getLastUsedStep()).isEqualTo(step - 1);
    }

    @Test
    @DisplayName("恢复码可代替验证码登录一次（大小写、空格不限），第二次无效；恢复码只存哈希；审计记录使用恢复码")
    void recoveryCodeWorksOnce() throws Exception {
        String username = account(Role.STAFF);
        Phone phone = enrol(username);
        assertThat(phone.recoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(c).matches("[2-9a-z]{5}-[2-9a-z]{5}"));
        Long accountId = accounts.findByUsername(username).orElseThrow().getId();
        assertThat(recoveryCodes.findByAccountIdAndUsedAtIsNull(accountId)).hasSize(10)
                .allSatisfy(r -> assertThat(r.getCodeHash()).startsWith("{bcrypt}")
                        .doesNotContain(phone.recoveryCodes().get(0).replace("-", "")));
        assertThat(factors.findByAccountId(accountId).orElseThrow().getSecret())
                .as("测试环境没有设加密密钥：明文并标明").isEqualTo("plain:" + Totp.base32(phone.secret()));

        String recovery = phone.recoveryCodes().get(3);
        MockHttpSession session = password(username);
        MvcResult passed = submit(session, " " + recovery.toUpperCase().replace("-", " ") + " ");
        assertThat(passed.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat((String) passed.getFlashMap().get("message")).contains("还剩9个");
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("剩余恢复码 9 个")));

        MockHttpSession second = password(username);
        assertThat(page(submit(second, recovery))).contains("恢复码不正确或已经用过");
        mvc.perform(get("/").session(second)).andExpect(redirectedUrl("/login/code"));
        assertThat(audited(username, AuditAction.RECOVERY_CODE_USED)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).isEqualTo("使用恢复码登录，剩余9个"));
        assertThat(audited(username, AuditAction.LOGIN)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).isEqualTo("登录成功（恢复码）"));
    }

    @Test
    @DisplayName("错误的验证码计入同一个锁定次数，重新输入正确密码也不清零；第5次锁定账号、结束会话、登录页说明原因")
    void wrongCodesCountTowardTheLockout() throws Exception {
        String username = account(Role.STAFF);
        Phone phone = enrol(username);
        nextStep();
        MockHttpSession session = password(username);
        submit(session, TotpCodes.wrong(code(phone)));
        submit(session, "123");
        MockHttpSession again = password(username);
        assertThat(accounts.findByUsername(username).orElseThrow().getFailedAttempts())
                .as("密码对了只是第一步，不清零").isEqualTo(2);
        submit(again, TotpCodes.wrong(code(phone)));
        submit(again, TotpCodes.wrong(code(phone)));
        MvcResult fifth = submit(again, TotpCodes.wrong(code(phone)));
        assertThat(fifth.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(accounts.findByUsername(username).orElseThrow().isLockedAt(clock.instant())).isTrue();
        MockHttpSession after = (MockHttpSession) fifth.getRequest().getSession();
        assertThat(page(mvc.perform(get("/login").param("error", "").session(after)).andReturn()))
                .contains("连续5次输入错误，账号已锁定15分钟");
        mvc.perform(get("/login/code").session(after)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        assertThat(audited(username, AuditAction.SECOND_FACTOR_FAILED)).hasSize(5)
                .anyMatch(e -> e.getSummary().endsWith("账号已锁定15分钟"));

        clock.advance(Duration.ofMinutes(16));
        assertThat(submit(password(username), code(phone)).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    @DisplayName("须两步验证的角色（生产配置：系统管理员、安全管理员）未绑定时，密码登录后先绑定验证器、别处都去不了；其他角色不受影响")
    void requiredRoleMustEnrolFirst() throws Exception {
        Properties prod = new Properties();
        try (var in = getClass().getResourceAsStream("/application-prod.properties")) {
            prod.load(in);
        }
        assertThat(SecondFactorPolicy.parse(prod.getProperty("kepu.security.second-factor.required-roles")))
                .isEqualTo(EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN));
        assertThat(requiredBefore).as("演示与测试配置默认不强制").isEmpty();

        policy.require(EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN));
        String staff = account(Role.STAFF);
        mvc.perform(post("/login").with(csrf()).param("username", staff).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));

        String admin = account(Role.SECURITY_ADMIN);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", admin).param("password", PASSWORD))
                .andExpect(redirectedUrl("/profile/two-factor/enrol"));
        mvc.perform(get("/accounts").session(session)).andExpect(redirectedUrl("/profile/two-factor/enrol"));
        mvc.perform(get("/profile").session(session)).andExpect(redirectedUrl("/profile/two-factor/enrol"));
        mvc.perform(get("/login/code").session(session)).andExpect(redirectedUrl("/profile/two-factor/enrol"));
        mvc.perform(get("/api/v1/organizations").with(httpBasic(admin, PASSWORD))).andExpect(status().isForbidden());

        String enrolPage = page(mvc.perform(get("/profile/two-factor/enrol").session(session))
                .andExpect(status().isOk()).andReturn());
        assertThat(enrolPage).contains("您的角色（<span>安全管理员</span>）须使用两步验证", "data:image/svg+xml;base64,");
        Matcher shown = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(enrolPage);
        assertThat(shown.find()).isTrue();
        byte[] secret = Totp.fromBase32(shown.group(1));
        assertThat(page(mvc.perform(get("/profile/two-factor/enrol").session(session)).andReturn()))
                .as("刷新页面不换密钥（已扫的二维码仍有效）").contains(shown.group(1));

        String code = new Totp(clock).now(secret);
        assertThat(page(mvc.perform(post("/profile/two-factor/enrol").session(session).with(csrf()).param("code", TotpCodes.wrong(code)))
                .andExpect(status().isOk()).andReturn())).contains("验证码不正确");
        MvcResult enrolled = mvc.perform(post("/profile/two-factor/enrol").session(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/profile/two-factor/codes")).andReturn();
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) enrolled.getFlashMap().get("recoveryCodes");
        String shownOnce = page(mvc.perform(get("/profile/two-factor/codes").session(session))
                .andExpect(status().isOk()).andReturn());
        assertThat(codes).hasSize(10);
        assertThat(shownOnce).contains(codes.toArray(String[]::new)).contains("只显示这一次");
        mvc.perform(get("/profile/two-factor/codes").session(session)).andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/accounts").session(session)).andExpect(status().isOk());

        MvcResult refused = mvc.perform(post("/profile/two-factor/disable").session(session).with(csrf())
                .param("proof", PASSWORD)).andExpect(redirectedUrl("/profile")).andReturn();
        assertThat((String) refused.getFlashMap().get("error")).contains("安全管理员", "不能停用");
        assertThat(enrolment.enrolled(accounts.findByUsername(admin).orElseThrow().getId())).isTrue();

        nextStep();
        MockHttpSession next = password(admin);
        mvc.perform(get("/").session(next)).andExpect(redirectedUrl("/login/code"));
        assertThat(submit(next, new Totp(clock).now(secret)).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    @DisplayName("停用和重新生成恢复码都要密码或当前验证码；错了中文提示并记审计，旧恢复码随之作废；停用后只凭密码即可登录")
    void disablingAndRenewingNeedTheUser() throws Exception {
        String username = account(Role.STAFF);
        Phone phone = enrol(username);
        nextStep();
        MockHttpSession session = password(username);
        submit(session, code(phone));

        MvcResult wrongProof = mvc.perform(post("/profile/two-factor/recovery-codes").session(session).with(csrf())
                .param("proof", "Wrong#Pass1")).andExpect(redirectedUrl("/profile")).andReturn();
        assertThat((String) wrongProof.getFlashMap().get("error")).isEqualTo("密码或验证码不正确");
        MvcResult renewed = mvc.perform(post("/profile/two-factor/recovery-codes").session(session).with(csrf())
                .param("proof", PASSWORD)).andExpect(redirectedUrl("/profile/two-factor/codes")).andReturn();
        @SuppressWarnings("unchecked")
        List<String> fresh = (List<String>) renewed.getFlashMap().get("recoveryCodes");
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(phone.recoveryCodes());

        mvc.perform(post("/profile/two-factor/disable").session(session).with(csrf()).param("proof", "000000"))
                .andExpect(redirectedUrl("/profile"));
        assertThat(enrolment.enrolled(accounts.findByUsername(username).orElseThrow().getId())).isTrue();
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        MvcResult disabled = mvc.perform(post("/profile/two-factor/disable").session(session).with(csrf())
                .param("proof", code(phone))).andExpect(redirectedUrl("/profile")).andReturn();
        assertThat((String) disabled.getFlashMap().get("message")).isEqualTo("两步验证已停用，恢复码已作废");
        Long accountId = accounts.findByUsername(username).orElseThrow().getId();
        assertThat(enrolment.enrolled(accountId)).isFalse();
        assertThat(recoveryCodes.countByAccountIdAndUsedAtIsNull(accountId)).isZero();

        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(audited(username, AuditAction.SECOND_FACTOR_FAILED)).hasSize(2)
                .allSatisfy(e -> assertThat(e.getSummary()).endsWith("密码或验证码不正确"));
        assertThat(audited(username, AuditAction.RECOVERY_CODES_RENEW)).hasSize(1);
        assertThat(audited(username, AuditAction.SECOND_FACTOR_DISABLE)).hasSize(1);
    }

    @Test
    @DisplayName("手机和恢复码都丢了：安全管理员在用户编辑页重置两步验证，用户之后只凭密码登录；不能重置自己的")
    void securityAdminResetsALostSecondFactor() throws Exception {
        String username = account(Role.STAFF);
        enrol(username);
        Long id = accounts.findByUsername(username).orElseThrow().getId();
        KepuUser security = details.loadUserByUsername("security");
        assertThat(page(mvc.perform(get("/accounts/{id}/edit", id).with(user(security))).andReturn()))
                .contains("两步验证：已启用", "重置两步验证");

        MvcResult reset = mvc.perform(post("/accounts/{id}/second-factor/reset", id).with(user(security)).with(csrf()))
                .andExpect(redirectedUrl("/accounts")).andReturn();
        assertThat((String) reset.getFlashMap().get("message")).isEqualTo("已重置两步验证，用户下次登录时重新绑定验证器");
        assertThat(enrolment.enrolled(id)).isFalse();
        assertThat(recoveryCodes.countByAccountIdAndUsedAtIsNull(id)).isZero();
        assertThat(audit.search(new AuditFilter(null, null, "security", AuditAction.SECOND_FACTOR_DISABLE, username, null), 0, 5)
                .getContent()).singleElement().satisfies(e -> assertThat(e.getSummary()).startsWith("管理员重置两步验证"));
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"));

        String admin = account(Role.SECURITY_ADMIN);
        Phone phone = enrol(admin);
        KepuUser self = principal(admin);
        // A principal that came without a password login is judged from the database too: it still needs the code.
        mvc.perform(get("/accounts").with(user(self))).andExpect(redirectedUrl("/login/code"));
        nextStep();
        MockHttpSession session = password(admin);
        submit(session, code(phone));
        MvcResult refused = mvc.perform(post("/accounts/{id}/second-factor/reset", self.accountId()).session(session).with(csrf()))
                .andExpect(redirectedUrl("/accounts")).andReturn();
        assertThat((String) refused.getFlashMap().get("error")).startsWith("不能重置自己的两步验证");
        assertThat(enrolment.enrolled(self.accountId())).isTrue();
    }
}
