package cn.kepu.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.kepu.notice.Reminding;

/**
 * 督办提醒: every morning the unit of each notice waiting for its reply is reminded when the reply is due tomorrow or
 * already overdue — once per notice and day, claimed by inserting (notice, day) first, so that of several instances
 * exactly one sends it.
 */
@Component
class SupervisionReminders {

    private static final Logger log = LoggerFactory.getLogger(SupervisionReminders.class);

    private final SupervisionNotices notices;
    private final Reminding reminding;
    private final Clock clock;

    SupervisionReminders(SupervisionNotices notices, Reminding reminding, Clock clock) {
        this.notices = notices;
        this.reminding = reminding;
        this.clock = clock;
    }

    @Scheduled(cron = "${kepu.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    void daily() {
        int sent = run();
        if (sent > 0) {
            log.info("已发送{}条督办回复提醒", sent);
        }
    }

    /** Sends today's reminders and returns how many this instance sent. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (SupervisionNotice n : notices.findByStateIn(List.of(NoticeState.PENDING, NoticeState.RETURNED))) {
            long left = ChronoUnit.DAYS.between(today, n.getReplyBy());
            if (left == 1 && send(n, today, "督办单明天到期：" + n.getNumber(),
                    n.getIssuer().getName() + "的督办单" + n.getNumber() + "须于明天（" + n.getReplyBy() + "）前回复。")) {
                sent++;
            } else if (left < 0 && send(n, today, "督办单逾期未回复：" + n.getNumber(),
                    n.getIssuer().getName() + "的督办单" + n.getNumber() + "回复期限为" + n.getReplyBy() + "，已逾期" + (-left)
                            + "天，请尽快回复。")) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(SupervisionNotice n, LocalDate today, String title, String body) {
        return reminding.once("supervision", new Reminding.Claim(
                        "insert into supervision_reminder (notice_id, reminded_on, sent_at) values (?, ?, ?)", n.getId(),
                        Date.valueOf(today), Timestamp.from(clock.instant())),
                n.getUnit().getId(), title, body, "/supervision-notices/" + n.getId());
    }
}
