package cn.kepu.supervision;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What the unit types in reply: 情况说明, 整改措施, the new expected completion date. */
class ReplyForm {

    private String situation;
    private String measures;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedCompletion;

    ReplyForm() {
    }

    ReplyForm(String situation, String measures, LocalDate expectedCompletion) {
        this.situation = situation;
        this.measures = measures;
        this.expectedCompletion = expectedCompletion;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public LocalDate getExpectedCompletion() {
        return expectedCompletion;
    }

    public void setExpectedCompletion(LocalDate expectedCompletion) {
        this.expectedCompletion = expectedCompletion;
    }
}
