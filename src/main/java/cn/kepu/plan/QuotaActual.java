package cn.kepu.plan;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** An amount counted toward a quota for one organization, from one source record; written only by {@link QuotaCounting}
 * (with SQL); mapped so that the ledger's queries can join it. */
@Entity
@Immutable
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
}
