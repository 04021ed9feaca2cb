package cn.kepu.base;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.support.CurrentUser;

/** Writes a step into a base's or a site's history and the audit log, in the transaction of the change. */
@Component
class History {

    private final HistoryEntries entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    History(HistoryEntries entries, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    void of(EducationBase base, AuditAction action, String step, String detail) {
        entries.save(new HistoryEntry(HistoryEntry.BASE, base.getId(), clock.instant(), CurrentUser.username(), step, detail));
        events.publishEvent(ActionPerformed.of(action, "科普教育基地", base.getId(), base.getName(), step + (detail == null ? "" : "：" + detail)));
    }

    void of(DemonstrationSite site, AuditAction action, String step, String detail) {
        entries.save(new HistoryEntry(HistoryEntry.SITE, site.getId(), clock.instant(), CurrentUser.username(), step, detail));
        events.publishEvent(ActionPerformed.of(action, site.getKind().label(), site.getId(), site.getName(), step + (detail == null ? "" : "：" + detail)));
    }

    List<HistoryEntry> of(String subject, long id) {
        return entries.findBySubjectAndSubjectIdOrderByIdAsc(subject, id);
    }
}
