package cn.kepu.plan;

import java.io.Serializable;

/** What a person types for a task; parties and quotas as text, read by {@link PartyNames} and {@link QuotaWording}. */
public class TaskForm implements Serializable {

    private Long sectionId;
    private String number;
    private String title;
    private String content;
    private String requirements;
    private String remarks;
    private String deadline;
    private String lead;
    private String responsible;
    private String quotas;
    private Long parentTaskId;
    private Long version;

    public Long getParentTaskId() {
        return parentTaskId;
    }

    public void setParentTaskId(Long parentTaskId) {
        this.parentTaskId = parentTaskId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public String getQuotas() {
        return quotas;
    }

    public void setQuotas(String quotas) {
        this.quotas = quotas;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    static TaskForm of(Task task) {
        TaskForm f = new TaskForm();
        f.version = task.getVersion();
        f.sectionId = task.getSection() == null ? null : task.getSection().getId();
        f.number = task.getNumber();
        f.title = task.getTitle();
        f.content = task.getContent();
        f.requirements = task.getRequirements();
        f.remarks = task.getRemarks();
        f.parentTaskId = task.getParentTaskId();
        f.deadline = task.getDeadline().text();
        f.lead = task.partiesText(PartyRole.LEAD);
        f.responsible = task.partiesText(PartyRole.RESPONSIBLE);
        f.quotas = String.join("\n", task.getQuotas().stream().map(q -> q.subjectLabel() + " " + q.getMetric() + " "
                + q.getBound().symbol() + " " + Numbers.plain(q.getTarget()) + " " + q.getUnit()).toList());
        return f;
    }
}
