package cn.kepu.intake;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The reviewer's working copy of a proposal, kept in the session between upload and "create": the document's
 * text for the left side, and one editable row per proposed task.
 */
class IntakeDraft implements Serializable {

    private String source = "";
    private Long issuerId;
    private String title;
    private String docNumber;
    private Integer periodFrom;
    private Integer periodTo;
    private List<Row> rows = new ArrayList<>();
    private List<String> notices = new ArrayList<>();

    /** One proposed task as the reviewer edits it: its words, its units and deadline as text, its quotas as fields. */
    public static class Row implements Serializable {
        private boolean keep = true;
        private String section = "";
        private String number;
        private String title;
        private String requirements;
        private String lead;
        private String responsible;
        private String deadline;
        private List<QuotaRow> quotas = new ArrayList<>();

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

        public List<QuotaRow> getQuotas() {
            return quotas;
        }

        public void setQuotas(List<QuotaRow> quotas) {
            this.quotas = quotas;
        }
    }

    /**
     * One quota as fields: 对象 (a unit, a kind of unit, or blank for every responsible unit), 指标, ≥/≤/=, 目标值, 单位.
     * A line left wholly blank is no quota.
     */
    public static class QuotaRow implements Serializable {
        private String subject;
        private String metric;
        private String bound = "≥";
        private BigDecimal target;
        private String unit;

        boolean isBlank() {
            return IntakeDraft.blank(subject) && IntakeDraft.blank(metric) && target == null && IntakeDraft.blank(unit);
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getMetric() {
            return metric;
        }

        public void setMetric(String metric) {
            this.metric = metric;
        }

        public String getBound() {
            return bound;
        }

        public void setBound(String bound) {
            this.bound = bound;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }

    /**
     * Joins row {@code i} into the row above it, as when the parser cut one task in two: the texts one after the
     * other, the units and quotas together, the deadline of the upper row unless it had none.
     */
    void mergeIntoPrevious(int i) {
        if (i <= 0 || i >= rows.size()) {
            return;
        }
        Row upper = rows.get(i - 1);
        Row lower = rows.remove(i);
        upper.setRequirements(joined(upper.getRequirements(), lower.getRequirements(), "\n"));
        upper.setLead(names(upper.getLead(), lower.getLead()));
        upper.setResponsible(names(upper.getResponsible(), lower.getResponsible()));
        upper.getQuotas().addAll(lower.getQuotas());
        if (blank(upper.getDeadline())) {
            upper.setDeadline(lower.getDeadline());
        }
    }

    /**
     * Splits row {@code i} in two at the sentence end nearest the middle of its text, as when the parser read two
     * tasks as one; the new row below keeps the section, units and deadline, and its title is its first clause.
     * A text without a sentence end is copied, for the reviewer to cut by hand.
     */
    void split(int i) {
        if (i < 0 || i >= rows.size()) {
            return;
        }
        Row row = rows.get(i);
        String text = row.getRequirements() == null ? "" : row.getRequirements();
        int cut = -1;
        for (int at = 0; at < text.length() - 1; at++) {
            if ("。；;\n".indexOf(text.charAt(at)) >= 0
                    && (cut < 0 || Math.abs(at - text.length() / 2) < Math.abs(cut - text.length() / 2))) {
                cut = at;
            }
        }
        Row below = new Row();
        below.setSection(row.getSection());
        below.setLead(row.getLead());
        below.setResponsible(row.getResponsible());
        below.setDeadline(row.getDeadline());
        if (cut < 0) {
            below.setTitle(row.getTitle());
            below.setRequirements(text);
            row.getQuotas().forEach(q -> below.getQuotas().add(copy(q)));
        } else {
            String rest = text.substring(cut + 1).strip();
            row.setRequirements(text.substring(0, cut + 1).strip());
            below.setRequirements(rest);
            below.setTitle(rest.split("[，。；;,：:\n]", 2)[0]);
        }
        rows.add(i + 1, below);
    }

    /** Adds an empty quota line to row {@code i}, for a target the parser missed. */
    void addQuota(int i) {
        if (i >= 0 && i < rows.size()) {
            rows.get(i).getQuotas().add(new QuotaRow());
        }
    }

    void removeQuota(int i, int q) {
        if (i >= 0 && i < rows.size() && q >= 0 && q < rows.get(i).getQuotas().size()) {
            rows.get(i).getQuotas().remove(q);
        }
    }

    private static QuotaRow copy(QuotaRow q) {
        QuotaRow c = new QuotaRow();
        c.setSubject(q.getSubject());
        c.setMetric(q.getMetric());
        c.setBound(q.getBound());
        c.setTarget(q.getTarget());
        c.setUnit(q.getUnit());
        return c;
    }

    void remove(int i) {
        if (i >= 0 && i < rows.size()) {
            rows.remove(i);
        }
    }

    private static String joined(String a, String b, String separator) {
        return blank(a) ? (b == null ? "" : b) : blank(b) ? a : a.strip() + separator + b.strip();
    }

    private static String names(String a, String b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(IntakeDrafts.split(a));
        all.addAll(IntakeDrafts.split(b));
        return String.join("、", all);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
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
