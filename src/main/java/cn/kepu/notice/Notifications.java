package cn.kepu.notice;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;

/** Sends notifications to organizations and shows each user those of their own unit, unread first counted. */
@Service
@Transactional
public class Notifications {

    private final NotificationStore store;
    private final JdbcTemplate jdbc;
    private final DataScope scope;
    private final Clock clock;
    private final MailDelivery mail;

    Notifications(NotificationStore store, JdbcTemplate jdbc, DataScope scope, Clock clock, MailDelivery mail) {
        this.mail = mail;
        this.store = store;
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    public Notification notify(long organizationId, String title, String body, String link) {
        return store.save(new Notification(organizationId, title, body, link, clock.instant()));
    }

    /** Notifies, and e-mails the unit's users too once this transaction commits (when SMTP is configured). */
    public Notification notifyAlsoByMail(long organizationId, String title, String body, String link) {
        Notification notification = notify(organizationId, title, body, link);
        mail.deliver(notification);
        return notification;
    }

    /**
     * Notifies unless the unit already has a notification with this link from the last {@code within}: a reviewer
     * gets one "activities to review" a day for a campaign, not one per activity in a busy week.
     */
    public void notifyOnce(long organizationId, String title, String body, String link, Duration within) {
        if (!store.existsByOrganizationIdAndLinkAndCreatedAtAfter(organizationId, link, clock.instant().minus(within))) {
            notify(organizationId, title, body, link);
        }
    }

    /** The latest notifications of the current user's unit; opening them marks them read. */
    public List<Notification> mine(int limit) {
        return scope.ownUnit().map(unit -> store.findByOrganizationIdOrderByCreatedAtDesc(unit.getId(), Limit.of(limit)))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Set<Long> readIds(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return Set.of();
        }
        String ids = String.join(",", notifications.stream().map(n -> n.getId().toString()).toList());
        return Set.copyOf(jdbc.queryForList("select notification_id from notification_read where username = ? and notification_id in ("
                + ids + ")", Long.class, username()));
    }

    public void markRead(List<Notification> notifications) {
        Set<Long> read = readIds(notifications);
        for (Notification n : notifications) {
            if (!read.contains(n.getId())) {
                jdbc.update("insert into notification_read (notification_id, username) values (?, ?)", n.getId(), username());
            }
        }
    }

    @Transactional(readOnly = true)
    public long unread() {
        return scope.ownUnit().map(Organization::getId).map(unit -> jdbc.queryForObject("""
                select count(*) from notification n where n.organization_id = ?
                and not exists (select 1 from notification_read r where r.notification_id = n.id and r.username = ?)""",
                Long.class, unit, username())).orElse(0L);
    }

    private static String username() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }
}
