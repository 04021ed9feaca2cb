package cn.kepu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.jdbc.JdbcTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import cn.kepu.notice.Notification;
import cn.kepu.notice.Notifications;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.Demo;
import cn.kepu.support.KepuTest;
import cn.kepu.support.TestClock;
import cn.kepu.support.Users;

@KepuTest
@Isolated("moves the shared test clock")
class ReminderTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Reminders reminders;
    @Autowired
    PlanManagement management;
    @Autowired
    Notifications notifications;
    @Autowired
    OrganizationDirectory organizations;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestClock clock;

    @Autowired
    MeterRegistry meters;

    private double sentCounted() {
        return meters.find("kepu.reminders.sent").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @AfterEach
    void reset() {
        clock.reset();
        Users.nobody();
    }

    @Test
    @DisplayName("提醒每天8点（北京时间）自动运行：定时任务已登记（此前没有开启定时任务，提醒从未自动发出）")
    void remindersRunEveryMorning(@Autowired List<ScheduledTaskHolder> holders) {
        assertThat(holders.stream().flatMap(h -> h.getScheduledTasks().stream()).map(ScheduledTask::getTask))
                .anySatisfy(task -> {
                    assertThat(task).isInstanceOf(CronTask.class);
                    assertThat(((CronTask) task).getExpression()).isEqualTo("0 0 8 * * *");
                    assertThat(task.toString()).contains("Reminders.daily");
                });
    }

    @Test
    @DisplayName("到期前提醒和逾期提醒各只发一次，两个实例同时运行也只发一次；区科协的铃铛显示未读数")
    void remindersGoOutOncePerAssignmentAndKind() throws Exception {
        int year = LocalDate.now().getYear() + 2;
        String title = Demo.unique("提醒测试任务");
        Users.as(users, "taian");
        PlanForm form = new PlanForm();
        form.setIssuerId(organizations.named(Demo.TAIAN).orElseThrow().getId());
        form.setTitle(Demo.unique("提醒测试计划"));
        form.setPeriodFrom(year);
        WorkPlan plan = management.create(form);
        TaskForm task = new TaskForm();
        task.setTitle(title);
        task.setResponsible("岱岳区科协");
        task.setDeadline(year + "年3月10日前");
        management.saveTask(plan.getId(), null, task);
        management.publish(plan.getId());
        Users.nobody();

        long daiyue = organizations.named(Demo.DAIYUE).orElseThrow().getId();
        clock.at(LocalDate.of(year, 3, 5).atStartOfDay(clock.getZone()).toInstant());
        double countedBefore = sentCounted();
        int sentByRuns = 0;
        var pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> instance = reminders::run;
            for (var f : pool.invokeAll(List.of(instance, instance))) {
                sentByRuns += f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sentCounted() - countedBefore).as("kepu_reminders_sent_total 计的正是发出的条数").isEqualTo(sentByRuns)
                .isPositive();
        assertThat(sent(daiyue, title, "任务即将到期")).as("两个实例同时运行，到期提醒只发一次").isEqualTo(1);
        reminders.run();
        assertThat(sent(daiyue, title, "任务即将到期")).as("再次运行不重复发送").isEqualTo(1);
        assertThat(sent(daiyue, title, "任务已逾期")).isZero();

        clock.at(LocalDate.of(year, 3, 12).atStartOfDay(clock.getZone()).toInstant());
        reminders.run();
        reminders.run();
        assertThat(sent(daiyue, title, "任务已逾期")).isEqualTo(1);

        List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains(title)).toList();
        assertThat(mails).extracting(ReminderTests::subject).containsExactly(
                "【科普工作管理平台】任务即将到期：" + title, "【科普工作管理平台】任务已逾期：" + title);
        assertThat(mails.get(0).getAllRecipients()).extracting(Object::toString).containsExactly("daiyue@kepu.test");
        assertThat((String) mails.get(1).getContent()).contains("已逾期").contains("http://localhost:8080/assignments/");

        Users.as(users, "taian");
        assertThat(notifications.mine(100)).as("提醒发给责任单位，不发给发文单位")
                .noneMatch(n -> n.getTitle().contains(title));
    }

    @Test
    @DisplayName("铃铛显示本单位的未读通知数，打开通知列表后归零")
    void bellCountsUnreadUntilOpened(@Autowired MockMvc mvc) throws Exception {
        reminders.run();
        var taishan = SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername("taishan"));
        String count = mvc.perform(MockMvcRequestBuilders.get("/notifications/unread").with(taishan))
                .andReturn().getResponse().getContentAsString();
        assertThat(count).matches("[1-9][0-9]*|99\\+");
        String page = mvc.perform(MockMvcRequestBuilders.get("/notifications").with(taishan))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("任务已逾期：科普助力乡村振兴行动");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/notifications/unread").with(taishan))
                .andReturn().getResponse().getContentAsString()).isEmpty();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int sent(long organizationId, String task, String kind) {
        return JdbcTestUtils.countRowsInTableWhere(jdbc, "notification",
                "organization_id = " + organizationId + " and title = '" + kind + "：" + task + "'");
    }

    @Autowired
    JdbcTemplate jdbc;

}
