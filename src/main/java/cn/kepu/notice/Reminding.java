package cn.kepu.notice;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reminder sent once however many instances run the morning job: it is claimed by inserting its row into the
 * module's own table (unique on what it reminds of and when), and notified — e-mail included — in the same
 * transaction. The instance whose insert meets the unique key backs off; so does a rerun on the same day.
 */
@Component
public class Reminding {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Notifications notifications;
    private final MeterRegistry meters;

    Reminding(JdbcTemplate jdbc, TransactionTemplate transactions, Notifications notifications, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.notifications = notifications;
        this.meters = meters;
    }

    /** What claims a reminder: an insert into a table with a unique key, and its values. */
    public record Claim(String insert, Object... values) {
    }

    /**
     * Claims the reminder and notifies the organization; false if it was already claimed. Counted under
     * {@code kepu_reminders_sent_total{kind}} by the instance that sent it, so the sum over instances is what went out.
     */
    public boolean once(String kind, Claim claim, long organizationId, String title, String body, String link) {
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.update(claim.insert(), claim.values());
                notifications.notifyAlsoByMail(organizationId, title, body, link);
            });
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
        meters.counter("kepu.reminders.sent", "kind", kind).increment();
        return true;
    }
}
