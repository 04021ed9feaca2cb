package cn.kepu.publicity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One channel an adopted item was used in, with the points it earned there when it was adopted. */
@Embeddable
public record NewsUsage(@Enumerated(EnumType.STRING) Channel channel, @Column(precision = 5, scale = 1) BigDecimal points) {
}
