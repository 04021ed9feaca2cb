package cn.kepu.project;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.kepu.notice.Reminding;

/**
 * 报告提醒: every morning the applicant of each funded project is reminded when its mid-term report (已立项) or its
 * acceptance (中期已报告) is due within {@code kepu.reminders.days-before} days or overdue — once per project, report
 * and due date, claimed by inserting that row first, so that of several instances exactly one sends it.
 */
@Component
class ProjectReminders {

    private static final Logger log = LoggerFactory.getLogger(ProjectReminders.class);

    private final Projects projects;
    private final Reminding reminding;
    private final Clock clock;
    private final int daysBefore;

    ProjectReminders(Projects projects, Reminding reminding, Clock clock, @Value("${kepu.reminders.days-before:7}") int daysBefore) {
        this.projects = projects;
        this.reminding = reminding;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${kepu.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    void daily() {
        int sent = run();
        if (sent > 0) {
            log.info("已发送{}条科普项目报告提醒", sent);
        }
    }

    /** Sends today's reminders and returns how many this instance sent. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusDays(daysBefore);
        int sent = 0;
        for (Project p : projects.midtermDueBy(ProjectState.APPROVED, horizon)) {
            if (send(p, "MIDTERM", p.getCall().getMidtermDue(), today, "中期报告")) {
                sent++;
            }
        }
        for (Project p : projects.acceptanceDueBy(List.of(ProjectState.MIDTERM), horizon)) {
            if (send(p, "ACCEPTANCE", p.getCall().getAcceptanceDue(), today, "验收材料")) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Project p, String kind, LocalDate due, LocalDate today, String what) {
        long left = ChronoUnit.DAYS.between(today, due);
        String when = left > 0 ? "须于" + due + "前提交（还有" + left + "天）" : left == 0 ? "今天（" + due + "）到期"
                : "已于" + due + "到期（逾期" + (-left) + "天），请尽快提交";
        return reminding.once("project", new Reminding.Claim(
                        "insert into project_reminder (project_id, kind, due_on, sent_at) values (?, ?, ?, ?)", p.getId(), kind,
                        Date.valueOf(due), Timestamp.from(clock.instant())),
                p.getApplicant().getId(), "科普项目" + what + "提醒：" + p.getName(), "“" + p.getName() + "”的" + what + when + "。",
                "/projects/" + p.getId());
    }
}
