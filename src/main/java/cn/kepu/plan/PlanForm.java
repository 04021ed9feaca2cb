package cn.kepu.plan;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The head of a plan as typed: issuer, title, 文号, period, date. */
public class PlanForm {

    private Long issuerId;
    private String title;
    private String docNumber;
    private Integer periodFrom;
    private Integer periodTo;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issueDate;
    private Long version;

    public Long getIssuerId() {
        return issuerId;
    }

    public void setIssuerId(Long issuerId) {
        this.issuerId = issuerId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public Integer getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(Integer periodFrom) {
        this.periodFrom = periodFrom;
    }

    public Integer getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(Integer periodTo) {
        this.periodTo = periodTo;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
