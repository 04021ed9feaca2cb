package cn.kepu.intake;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import cn.kepu.plan.TaskForm;

/**
 * The reviewer's working copy of a proposal, kept in the session between upload and "create": the document's
 * text for the left side, and one editable row per proposed task.
 */
public class IntakeDraft implements Serializable {

    private String source = "";
    private Long issuerId;
    private String title;
    private String docNumber;
    private Integer periodFrom;
    private Integer periodTo;
    private List<Row> rows = new ArrayList<>();
    private List<String> notices = new ArrayList<>();

    /** One proposed task as the reviewer edits it: a task form, plus whether to keep it and its section's title. */
    public static class Row extends TaskForm {
        private boolean keep = true;
        private String section = "";

        public boolean isKeep() {
            return keep;
        }

        public void setKeep(boolean keep) {
            this.keep = keep;
        }

        public String getSection() {
            return section;
        }

        public void setSection(String section) {
            this.section = section;
        }
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

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

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public List<String> getNotices() {
        return notices;
    }

    public void setNotices(List<String> notices) {
        this.notices = notices;
    }
}
