package cn.kepu.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** What an issuer types for a 督办单; {@code assignmentIds} are the unit's lagging assignments it is about. */
class NoticeForm {

    private String number;
    private Long unitId;
    private List<Long> assignmentIds = new ArrayList<>();
    private String matters;
    private String requirements;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate replyBy;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<Long> getAssignmentIds() {
        return assignmentIds;
    }

    public void setAssignmentIds(List<Long> assignmentIds) {
        this.assignmentIds = assignmentIds == null ? new ArrayList<>() : assignmentIds;
    }

    public String getMatters() {
        return matters;
    }

    public void setMatters(String matters) {
        this.matters = matters;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    public void setReplyBy(LocalDate replyBy) {
        this.replyBy = replyBy;
    }
}
