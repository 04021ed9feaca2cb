package cn.kepu.project;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One reviewer's score of a project application. */
@Embeddable
public record Score(String reviewer, @Column(precision = 5, scale = 1) BigDecimal points, Instant scoredAt) {
}
