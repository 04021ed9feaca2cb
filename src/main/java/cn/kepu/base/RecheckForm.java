package cn.kepu.base;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** 复核: the outcome, the opinion, and for 限期整改 the date by which to rectify. */
public class RecheckForm {

    private RecheckOutcome outcome;
    private String opinion;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate rectifyBy;

    public RecheckForm() {
    }

    public RecheckForm(RecheckOutcome outcome, String opinion, LocalDate rectifyBy) {
        this.outcome = outcome;
        this.opinion = opinion;
        this.rectifyBy = rectifyBy;
    }

    public RecheckOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(RecheckOutcome outcome) {
        this.outcome = outcome;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public void setRectifyBy(LocalDate rectifyBy) {
        this.rectifyBy = rectifyBy;
    }
}
