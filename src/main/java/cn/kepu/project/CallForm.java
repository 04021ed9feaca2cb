package cn.kepu.project;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The 申报通知 form: what is typed stays as typed (the budget as text) until the call is opened. */
public class CallForm {

    private String title;
    private ProjectKind kind;
    private Integer year;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    private String budget;
    private String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate midtermDue;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate acceptanceDue;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ProjectKind getKind() {
        return kind;
    }

    public void setKind(ProjectKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getBudget() {
        return budget;
    }

    public void setBudget(String budget) {
        this.budget = budget;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getMidtermDue() {
        return midtermDue;
    }

    public void setMidtermDue(LocalDate midtermDue) {
        this.midtermDue = midtermDue;
    }

    public LocalDate getAcceptanceDue() {
        return acceptanceDue;
    }

    public void setAcceptanceDue(LocalDate acceptanceDue) {
        this.acceptanceDue = acceptanceDue;
    }
}
