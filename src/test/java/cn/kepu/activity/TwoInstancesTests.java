package cn.kepu.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import cn.kepu.KepuApplication;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.plan.PlanForm;
import cn.kepu.plan.PlanManagement;
import cn.kepu.plan.TaskForm;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.Demo;
import cn.kepu.support.Users;

/**
 * Two application instances on one database, as behind a load balancer: a login made on one is valid on the other
 * (sessions are in the database), a reminder run on both at once sends each mail once, and an activity registered on
 * one is in the other's review queue. The instances have a database of their own — another in-memory H2, or their own
 * schema of the suite's PostgreSQL database — so the suite's shared context is not disturbed.
 */
class TwoInstancesTests {

    private static final String SCHEMA = "kepu_cluster";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3026, "127.0.0.1", "smtp"));

    static String schemaOption = "--spring.flyway.enabled=true";
    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String suite = System.getenv("SPRING_DATASOURCE_URL");
        String url;
        if (suite != null && suite.startsWith("jdbc:postgresql:")) {
            try (Connection c = DriverManager.getConnection(suite, System.getenv("SPRING_DATASOURCE_USERNAME"),
                    System.getenv("SPRING_DATASOURCE_PASSWORD")); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + SCHEMA + " cascade");
                s.execute("create schema " + SCHEMA);
            }
            url = suite + (suite.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
            schemaOption = "--spring.flyway.schemas=" + SCHEMA;
        } else {
            url = "jdbc:h2:mem:kepu-cluster;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        one = start(url); // loads the demo data
        two = start(url); // finds it there
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(KepuApplication.class).profiles("demo", "test").run(
                "--server.port=0", "--spring.datasource.url=" + url, schemaOption,
                "--spring.mail.port=3026", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
    }

    @AfterAll
    static void stop() {
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
    }

    private static String base(ConfigurableApplicationContext instance) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    @Test
    @DisplayName("在一个实例上登录，另一个实例认这个会话；在另一个实例上退出，两个实例都不再认")
    void aLoginOnOneInstanceIsValidOnTheOther() throws Exception {
        String cookie = login(one, "taian");
        HttpResponse<String> onTwo = get(two, "/", cookie);
        assertThat(onTwo.statusCode()).as("第二个实例直接打开工作台，不要求登录").isEqualTo(200);
        assertThat(onTwo.body()).contains("/logout");

        String csrf = find(onTwo.body(), "name=\"_csrf\" content=\"([^\"]+)\"");
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(URI.create(base(two) + "/logout"))
                .header("Cookie", cookie).header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.noBody()).build(),
                BodyHandlers.ofString());
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(get(one, "/", cookie).headers().firstValue("Location"))
                .as("第一个实例也不再认这个会话，请重新登录").hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    @DisplayName("两个实例同时运行每日提醒，每封提醒邮件只发一次")
    void aReminderRunOnBothInstancesSendsEachMailOnce() throws Exception {
        UserDetailsService users = one.getBean(UserDetailsService.class);
        PlanManagement plans = one.getBean(PlanManagement.class);
        OrganizationDirectory organizations = one.getBean(OrganizationDirectory.class);
        String title = Demo.unique("双实例提醒任务");
        Users.as(users, "taian");
        try {
            PlanForm form = new PlanForm();
            form.setIssuerId(organizations.named(Demo.TAIAN).orElseThrow().getId());
            form.setTitle(Demo.unique("双实例提醒计划"));
            form.setPeriodFrom(LocalDate.now().getYear());
            WorkPlan plan = plans.create(form);
            TaskForm task = new TaskForm();
            task.setTitle(title);
            task.setResponsible("岱岳区科协");
            LocalDate due = LocalDate.now().plusDays(3);
            task.setDeadline(due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日前");
            plans.saveTask(plan.getId(), null, task);
            plans.publish(plan.getId());
        } finally {
            Users.nobody();
        }

        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Object>> runs = List.of(reminders(one), reminders(two));
            pool.invokeAll(runs).forEach(f -> assertThat(f).succeedsWithin(Duration.ofSeconds(60)));
        } finally {
            pool.shutdown();
        }
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(title)))
                .as("两个实例各跑一遍，邮件只有一封").singleElement()
                .satisfies(m -> assertThat(subject(m)).isEqualTo("【科普工作管理平台】任务即将到期：" + title));
    }

    @Test
    @DisplayName("在一个实例上登记提交的活动，立即出现在另一个实例的待审核列表里")
    void anActivityRegisteredOnOneIsInTheOthersReviewQueue() throws Exception {
        UserDetailsService users = one.getBean(UserDetailsService.class);
        OrganizationDirectory organizations = one.getBean(OrganizationDirectory.class);
        Users.as(users, "taian");
        Campaign campaign;
        String name = Demo.unique("双实例科普讲座");
        try {
            campaign = one.getBean(CampaignManagement.class).create(Fixtures.campaign(organizations));
            Users.as(users, "taishan");
            one.getBean(ActivityRegistration.class).save(null,
                    Fixtures.activity(campaign, organizations.named(Demo.TAISHAN).orElseThrow().getId(), name), true);
        } finally {
            Users.nobody();
        }
        HttpResponse<String> queue = get(two, "/campaigns/" + campaign.getId() + "?toReview=true", login(two, "taian"));
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains(name);
    }

    /** What the scheduler runs every morning on this instance. */
    private static Callable<Object> reminders(ConfigurableApplicationContext instance) {
        Runnable daily = instance.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(h -> h.getScheduledTasks().stream()).map(ScheduledTask::getTask)
                .filter(t -> t.toString().contains("plan.Reminders.daily")).findFirst().orElseThrow().getRunnable();
        return () -> {
            daily.run();
            return null;
        };
    }

    private String login(ConfigurableApplicationContext instance, String username) throws Exception {
        HttpResponse<String> page = get(instance, "/login", null);
        String csrf = find(page.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
        String form = "username=" + username + "&password=" + URLEncoder.encode(Demo.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(base(instance) + "/login"))
                .header("Cookie", session(page)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        assertThat(done.headers().firstValue("Location")).as("登录成功").hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return session(done);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(instance) + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    private static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).reduce((a, b) -> b).orElseThrow();
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("页面中有 %s", regex).isTrue();
        return m.group(1);
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
