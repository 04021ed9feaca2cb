package cn.kepu.works;

/** 作品报送 form, on the public page and signed in: what is typed is kept as typed when something is wrong. */
public class SubmissionForm {

    private Long submittingUnitId;
    private WorkCategory category;
    private String title;
    private String authors;
    private String authorUnit;
    private String phone;
    private String link;
    private String summary;
    private boolean original;
    private boolean consent;

    public Long getSubmittingUnitId() {
        return submittingUnitId;
    }

    public void setSubmittingUnitId(Long submittingUnitId) {
        this.submittingUnitId = submittingUnitId;
    }

    public WorkCategory getCategory() {
        return category;
    }

    public void setCategory(WorkCategory category) {
        this.category = category;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = authors;
    }

    public String getAuthorUnit() {
        return authorUnit;
    }

    public void setAuthorUnit(String authorUnit) {
        this.authorUnit = authorUnit;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isOriginal() {
        return original;
    }

    public void setOriginal(boolean original) {
        this.original = original;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
