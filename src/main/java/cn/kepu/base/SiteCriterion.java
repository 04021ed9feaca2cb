package cn.kepu.base;

import jakarta.persistence.Embeddable;

/** One line of a site's checklist: the criterion, whether it is met, and a note of the evidence. */
@Embeddable
public class SiteCriterion {

    private String text;
    private boolean met;
    private String note;

    protected SiteCriterion() {
    }

    SiteCriterion(String text) {
        this.text = text;
    }

    void check(boolean met, String note) {
        this.met = met;
        this.note = note;
    }

    public String getText() {
        return text;
    }

    public boolean isMet() {
        return met;
    }

    public String getNote() {
        return note;
    }
}
