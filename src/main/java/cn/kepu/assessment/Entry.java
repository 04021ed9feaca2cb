package cn.kepu.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What is given by hand for one unit on one indicator: the unit's self-assessment (points and a note, with evidence
 * files attached to the entry), the issuer's score (a manual item) or count (加分/扣分), and an adjustment of a
 * computed score — the points it is set to, with the reason, which stays beside the result.
 */
@Entity
@Table(name = "assessment_entry")
public class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long schemeId;
    private long indicatorId;
    private long organizationId;
    private BigDecimal selfPoints;
    private String selfNote;
    private BigDecimal given;
    private BigDecimal adjusted;
    private String adjustmentReason;
    private String adjustedBy;

    protected Entry() {
    }

    Entry(long schemeId, long indicatorId, long organizationId) {
        this.schemeId = schemeId;
        this.indicatorId = indicatorId;
        this.organizationId = organizationId;
    }

    void assessSelf(BigDecimal points, String note) {
        selfPoints = points;
        selfNote = note == null || note.isBlank() ? null : note.strip();
    }

    void give(BigDecimal value) {
        given = value;
    }

    void adjust(BigDecimal points, String reason, String by) {
        adjusted = points;
        adjustmentReason = points == null ? null : reason.strip();
        adjustedBy = points == null ? null : by;
    }

    public Long getId() {
        return id;
    }

    public long getSchemeId() {
        return schemeId;
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public BigDecimal getSelfPoints() {
        return selfPoints;
    }

    public String getSelfNote() {
        return selfNote;
    }

    public BigDecimal getGiven() {
        return given;
    }

    public BigDecimal getAdjusted() {
        return adjusted;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public String getAdjustedBy() {
        return adjustedBy;
    }
}
