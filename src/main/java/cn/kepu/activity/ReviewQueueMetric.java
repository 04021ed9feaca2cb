package cn.kepu.activity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * kepu_activities_awaiting_review: submitted activities no reviewer has decided on yet, over the whole platform —
 * the queue an operator watches in a campaign's last days. Counted by the database when Prometheus asks (every
 * 15–60 s), from the index on state.
 */
@Component
class ReviewQueueMetric {

    ReviewQueueMetric(MeterRegistry meters, JdbcTemplate jdbc) {
        Gauge.builder("kepu.activities.awaiting.review",
                        () -> jdbc.queryForObject("select count(*) from activity where state = 'SUBMITTED'", Long.class))
                .description("已提交、待审核的活动数").register(meters);
    }
}
