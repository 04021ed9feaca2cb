package cn.kepu.plan;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An amount counted toward a quota for one organization, from one source record (replaced, never doubled). */
@Entity
class QuotaActual {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long quotaId;
    private Long organizationId;
    private String source;
    private String sourceRef;
    private BigDecimal amount;
    private Instant recordedAt;

    protected QuotaActual() {
    }

    QuotaActual(long quotaId, long organizationId, String source, String sourceRef, BigDecimal amount, Instant now) {
        this.quotaId = quotaId;
        this.organizationId = organizationId;
        this.source = source;
        this.sourceRef = sourceRef;
        this.amount = amount;
        this.recordedAt = now;
    }

    void replace(BigDecimal amount, long organizationId, Instant now) {
        this.amount = amount;
        this.organizationId = organizationId;
        this.recordedAt = now;
    }

    Long getQuotaId() {
        return quotaId;
    }

    Long getOrganizationId() {
        return organizationId;
    }

    BigDecimal getAmount() {
        return amount;
    }
}
