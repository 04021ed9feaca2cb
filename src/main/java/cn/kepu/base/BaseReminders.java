package cn.kepu.base;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.kepu.notice.Reminding;

/**
 * 基地与示范提醒, every morning: the association of a base or a site whose validity ends within 90 days (or has ended
 * without a 复核), of a base whose rectification is due within 7 days, and — in January until the 31st — the base that
 * has not filed last year's annual report. Each once per subject, kind and due date, claimed by inserting that first,
 * so that of several instances exactly one sends it.
 */
@Component
class BaseReminders {

    static final int VALIDITY_DAYS = 90;
    static final int RECTIFY_DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(BaseReminders.class);

    private final EducationBases bases;
    private final BaseReports reports;
    private final DemonstrationSites sites;
    private final Reminding reminding;
    private final Clock clock;

    BaseReminders(EducationBases bases, BaseReports reports, DemonstrationSites sites, Reminding reminding, Clock clock) {
        this.bases = bases;
        this.reports = reports;
        this.sites = sites;
        this.reminding = reminding;
        this.clock = clock;
    }

    @Scheduled(cron = "${kepu.reminders.cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    void daily() {
        int sent = run();
        if (sent > 0) {
            log.info("已发送{}条基地与示范提醒", sent);
        }
    }

    /** Sends today's reminders and returns how many this instance sent. */
    int run() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        LocalDate reportDue = AnnualReporting.DUE.atYear(today.getYear());
        for (EducationBase b : bases.findByStateIn(List.of(BaseState.RECOGNIZED, BaseState.RECTIFYING))) {
            String link = "/bases/" + b.getId();
            if (b.getState() == BaseState.RECOGNIZED && b.getValidUntil() != null
                    && !today.isBefore(b.getValidUntil().minusDays(VALIDITY_DAYS))) {
                boolean ended = today.isAfter(b.getValidUntil());
                sent += send(HistoryEntry.BASE, b.getId(), "validity", b.getValidUntil(), b.getParent().getId(),
                        (ended ? "科普教育基地认定有效期已满：" : "科普教育基地认定有效期将满：") + b.getName(),
                        "“" + b.getName() + "”（" + b.getNumber() + "）的认定有效期至" + b.getValidUntil() + (ended ? "，已到期，请尽快复核。"
                                : "，请在到期前组织复核。"), link);
            }
            if (b.getState() == BaseState.RECTIFYING && b.getRectifyBy() != null
                    && !today.isBefore(b.getRectifyBy().minusDays(RECTIFY_DAYS))) {
                sent += send(HistoryEntry.BASE, b.getId(), "rectify", b.getRectifyBy(), b.getParent().getId(),
                        "科普教育基地整改期限将到：" + b.getName(), "“" + b.getName() + "”须于" + b.getRectifyBy() + "前完成整改，请组织复核。", link);
            }
            int year = today.getYear() - 1;
            if (!today.isAfter(reportDue) && b.getRecognizedOn() != null && b.getRecognizedOn().getYear() <= year
                    && !reports.existsByBaseIdAndReportYear(b.getId(), year)) {
                long to = b.getOrganizationId() != null ? b.getOrganizationId() : b.getParent().getId();
                sent += send(HistoryEntry.BASE, b.getId(), "report", reportDue, to, year + "年度报告待报送：" + b.getName(),
                        "请于" + reportDue + "前报送“" + b.getName() + "”" + year + "年度的接待人次、开展活动、工作人员和新增展品。", link);
            }
        }
        for (DemonstrationSite s : sites.findByStateIn(List.of(SiteState.NAMED))) {
            if (s.getValidUntil() != null && !today.isBefore(s.getValidUntil().minusDays(VALIDITY_DAYS))) {
                sent += send(HistoryEntry.SITE, s.getId(), "validity", s.getValidUntil(), s.getParent().getId(),
                        s.getKind().label() + "命名有效期将满：" + s.getName(),
                        "“" + s.getName() + "”的命名有效期至" + s.getValidUntil() + "，请组织复评。", "/demonstration-sites/" + s.getId());
            }
        }
        return sent;
    }

    private int send(String subject, long id, String kind, LocalDate due, long organizationId, String title, String body, String link) {
        Reminding.Claim claim = new Reminding.Claim("insert into registry_reminder (subject, subject_id, kind, due_on, sent_at) values "
                + "(?, ?, ?, ?, ?)", subject, id, kind, Date.valueOf(due), Timestamp.from(clock.instant()));
        return reminding.once(subject, claim, organizationId, title, body, link) ? 1 : 0;
    }
}
