package cn.kepu.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.kepu.notice.Reminding;

/**
 * 提醒: a configurable number of days before a deadline, and once an assignment is overdue, its unit is notified
 * — once per assignment, kind and due date. Each reminder is claimed by inserting its row into reminder_sent
 * first, so that when several app instances run the job, exactly one of them sends it ({@link Reminding}).
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Assignments assignments;
    private final Reminding reminding;
    private final Clock clock;
    private final int daysBefore;

    Reminders(Assignments assignments, Reminding reminding, Clock clock, @Value("${kepu.reminders.days-before:7}") int daysBefore) {
        this.assignments = assignments;
        this.reminding = reminding;
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

    private boolean send(Assignment a, String kind, String title, String body, String link) {
        return reminding.once(kind.substring(0, kind.indexOf(':')).toLowerCase(),
                new Reminding.Claim("insert into reminder_sent (assignment_id, kind, sent_at) values (?, ?, ?)", a.getId(), kind,
                        Timestamp.from(clock.instant())),
                a.getOrganization().getId(), title, body, link);
    }
}
