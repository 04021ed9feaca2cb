package cn.kepu.works;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One panel expert's score of a work, as the issuer's staff entered it from the expert's sheet. */
@Embeddable
public record WorkScore(long expertId, String expertName, @Column(precision = 5, scale = 1) BigDecimal points,
        String enteredBy, Instant scoredAt) {
}
