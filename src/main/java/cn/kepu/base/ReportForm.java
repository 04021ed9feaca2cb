package cn.kepu.base;

/** 年度报告: a year's visitors, activities, staff and new exhibits; activities start from what Kepu counted. */
public class ReportForm {

    private Integer reportYear;
    private Integer visitors;
    private Integer activities;
    private Integer staff;
    private Integer newExhibits;
    private String summary;

    public ReportForm() {
    }

    public ReportForm(Integer reportYear, Integer visitors, Integer activities, Integer staff, Integer newExhibits, String summary) {
        this.reportYear = reportYear;
        this.visitors = visitors;
        this.activities = activities;
        this.staff = staff;
        this.newExhibits = newExhibits;
        this.summary = summary;
    }

    public Integer getReportYear() {
        return reportYear;
    }

    public void setReportYear(Integer reportYear) {
        this.reportYear = reportYear;
    }

    public Integer getVisitors() {
        return visitors;
    }

    public void setVisitors(Integer visitors) {
        this.visitors = visitors;
    }

    public Integer getActivities() {
        return activities;
    }

    public void setActivities(Integer activities) {
        this.activities = activities;
    }

    public Integer getStaff() {
        return staff;
    }

    public void setStaff(Integer staff) {
        this.staff = staff;
    }

    public Integer getNewExhibits() {
        return newExhibits;
    }

    public void setNewExhibits(Integer newExhibits) {
        this.newExhibits = newExhibits;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
