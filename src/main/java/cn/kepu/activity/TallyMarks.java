package cn.kepu.activity;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Marks every activity written — registered, edited, submitted, reviewed, completed, recounted, deleted — for the
 * campaign tally's next fold, in the transaction that writes it: whatever path changed it, the dashboard will see it.
 * A JPA listener rather than events, as not every change publishes one (a draft saved, a photo added).
 */
class TallyMarks {

    private final JdbcTemplate jdbc;

    TallyMarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Activity activity) {
        jdbc.update("insert into campaign_tally_pending (activity_id) values (?)", activity.getId());
    }
}
