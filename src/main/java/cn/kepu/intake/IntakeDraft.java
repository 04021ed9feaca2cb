package cn.kepu.intake;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

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

    /** One proposed task as the reviewer edits it. */
    public static class Row implements Serializable {
        private boolean keep = true;
        private String section = "";
        private String number = "";
        private String title = "";
        private String requirements = "";
        private String lead = "";
        private String responsible = "";
        private String deadline = "";
        private String quotas = "";

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

        public String getRequirements() {
            return requirements;
        }

        public void setRequirements(String requirements) {
            this.requirements = requirements;
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

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }

        public String getQuotas() {
            return quotas;
        }

        public void setQuotas(String quotas) {
            this.quotas = quotas;
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
