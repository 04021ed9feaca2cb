package cn.kepu.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** A progress report as typed: state, text, a value per quota (by quota id) and evidence links, one per line;
 * for a quota a source counts (活动数 from approved activities) the value is a correction beside the count, with its reason. */
public class ProgressForm {

    private AssignmentState state = AssignmentState.IN_PROGRESS;
    private String text;
    private Map<Long, BigDecimal> values = new HashMap<>();
    private String links;
    private String correctionReason;

    /** Why a figure a source counts was corrected by hand; required when a correction changes. */
    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public AssignmentState getState() {
        return state;
    }

    public void setState(AssignmentState state) {
        this.state = state;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Map<Long, BigDecimal> getValues() {
        return values;
    }

    public void setValues(Map<Long, BigDecimal> values) {
        this.values = values;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }
}
