package cn.kepu.plan;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The target an assignment carries for one quota of its task. */
@Entity
class AssignmentTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "quota_id")
    private Quota quota;
    private BigDecimal target;

    protected AssignmentTarget() {
    }

    AssignmentTarget(Assignment assignment, Quota quota, BigDecimal target) {
        this.assignment = assignment;
        this.quota = quota;
        this.target = target;
    }

    void setTarget(BigDecimal target) {
        this.target = target;
    }

    public Quota getQuota() {
        return quota;
    }

    public BigDecimal getTarget() {
        return target;
    }
}
