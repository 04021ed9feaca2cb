package cn.kepu.works;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The 征集通知 form: one row per category (chosen or not), what is typed kept as typed. */
public class CallForm {

    /** A category's row: chosen, its formats, largest file in MB (as typed), whether a link may stand for a file. */
    public static class Row {
        private WorkCategory category;
        private boolean chosen;
        private List<WorkFormat> formats = new ArrayList<>();
        private String maxMb;
        private boolean linkAllowed;

        public Row() {
        }

        Row(WorkCategory category, boolean chosen, List<WorkFormat> formats, String maxMb, boolean linkAllowed) {
            this.category = category;
            this.chosen = chosen;
            this.formats = new ArrayList<>(formats);
            this.maxMb = maxMb;
            this.linkAllowed = linkAllowed;
        }

        public WorkCategory getCategory() {
            return category;
        }

        public void setCategory(WorkCategory category) {
            this.category = category;
        }

        public boolean isChosen() {
            return chosen;
        }

        public void setChosen(boolean chosen) {
            this.chosen = chosen;
        }

        public List<WorkFormat> getFormats() {
            return formats;
        }

        public void setFormats(List<WorkFormat> formats) {
            this.formats = formats == null ? new ArrayList<>() : formats;
        }

        public String getMaxMb() {
            return maxMb;
        }

        public void setMaxMb(String maxMb) {
            this.maxMb = maxMb;
        }

        public boolean isLinkAllowed() {
            return linkAllowed;
        }

        public void setLinkAllowed(boolean linkAllowed) {
            this.linkAllowed = linkAllowed;
        }
    }

    private Long issuerId;
    private String title;
    private Integer year;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;
    private String rules;
    private List<Row> rows = new ArrayList<>();
    private Long version;

    /** A new call's form: every category offered with its usual formats and size, none chosen. */
    public static CallForm blank() {
        CallForm f = new CallForm();
        for (WorkCategory c : WorkCategory.values()) {
            f.rows.add(new Row(c, false, c.defaultFormats(), String.valueOf(c.defaultMaxMb()), c.defaultLink()));
        }
        return f;
    }

    /** The form of an existing call, with the categories it did not choose offered as new. */
    public static CallForm of(WorkCall call) {
        CallForm f = new CallForm();
        f.issuerId = call.getIssuer().getId();
        f.title = call.getTitle();
        f.year = call.getYear();
        f.opensOn = call.getOpensOn();
        f.closesOn = call.getClosesOn();
        f.rules = call.getRules();
        f.version = call.getVersion();
        for (WorkCategory c : WorkCategory.values()) {
            f.rows.add(call.category(c).map(x -> new Row(c, true, x.getFormats(), String.valueOf(x.getMaxMb()), x.isLinkAllowed()))
                    .orElse(new Row(c, false, c.defaultFormats(), String.valueOf(c.defaultMaxMb()), c.defaultLink())));
        }
        return f;
    }

    /** Chooses a category with its usual rule (tests, demo, API). */
    public CallForm choose(WorkCategory category) {
        rows.stream().filter(r -> r.category == category).forEach(r -> r.chosen = true);
        return this;
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

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
