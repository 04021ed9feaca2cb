package cn.kepu.activity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One review decision in an activity's history: 通过, 退回 or 撤销通过, with the reviewer's comment, who and when. */
@Embeddable
public record Decision(String decision, @Column(name = "comment") String comment, @Column(name = "decided_by") String decidedBy,
        @Column(name = "decided_at") Instant decidedAt) {
}
