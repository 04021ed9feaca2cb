package cn.kepu.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.kepu.notice.Notifications;

/**
 * 提醒: a configurable number of days before a deadline, and once an assignment is overdue, its unit is notified
 * — once per assignment, kind and due date. Each reminder is claimed by inserting its row into reminder_sent
 * first, so that when several app instances run the job, exactly one of them sends it.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Assignments assignments;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int daysBefore;
    private final MeterRegistry meters;

    Reminders(Assignments assignments, Notifications notifications, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
            @Value("${kepu.reminders.days-before:7}") int daysBefore, MeterRegistry meters) {
        this.meters = meters;
        this.assignments = assignments;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${kepu.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    void daily() {
        int sent = run();
        if (sent > 0) {
            log.info("已发送{}条任务提醒", sent);
        }
    }

    /** Sends what is due today and returns how many reminders this instance sent. Each in its own transaction. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        // Only open work in published plans is read, not every assignment ever made.
        for (Assignment a : assignments.findAll((root, query, cb) -> cb.and(cb.notEqual(root.get("state"), AssignmentState.DONE),
                cb.equal(root.get("task").get("plan").get("state"), PlanState.PUBLISHED)))) {
            LocalDate due = a.getTask().getDeadline().dueOn(today).orElse(null);
            if (due == null) {
                continue;
            }
            long left = ChronoUnit.DAYS.between(today, due);
            String link = "/assignments/" + a.getId();
            String where = a.getTask().getPlan().getTitle() + "，完成时限" + a.getTask().getDeadline().text() + "（" + due + "）";
            if (left < 0 && send(a, "OVERDUE:" + due, "任务已逾期：" + a.getTask().getTitle(),
                    where + "，已逾期" + (-left) + "天，请尽快完成并填报进展。", link)) {
                sent++;
            } else if (left >= 0 && left <= daysBefore && send(a, "DUE:" + due, "任务即将到期：" + a.getTask().getTitle(),
                    where + "，还剩" + left + "天。", link)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims the reminder and notifies in one transaction; another instance's claim makes this one back off. */
    private boolean send(Assignment a, String kind, String title, String body, String link) {
        try {
            transactions.execute(status -> {
                jdbc.update("insert into reminder_sent (assignment_id, kind, sent_at) values (?, ?, ?)", a.getId(), kind,
                        Timestamp.from(clock.instant()));
                notifications.notifyAlsoByMail(a.getOrganization().getId(), title, body, link);
                return null;
            });
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
        // Counted by the instance that sent it: the sum over instances is what went out.
        meters.counter("kepu.reminders.sent", "kind", kind.substring(0, kind.indexOf(':')).toLowerCase()).increment();
        return true;
    }
}
