package cn.kepu.statistics;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item's figure on a form: how much, whether Kepu pre-filled it (and from what) or a person typed it, and the note a jump needs. */
@Embeddable
public class Entry {

    /** Where a figure came from. */
    public enum Origin {
        PREFILLED, TYPED
    }

    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    private String sourceNote;
    private String jumpNote;

    protected Entry() {
    }

    Entry(BigDecimal amount, Origin origin, String sourceNote, String jumpNote) {
        this.amount = amount;
        this.origin = origin;
        this.sourceNote = sourceNote;
        this.jumpNote = jumpNote;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Origin getOrigin() {
        return origin;
    }

    public boolean isPrefilled() {
        return origin == Origin.PREFILLED;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public String getJumpNote() {
        return jumpNote;
    }
}
