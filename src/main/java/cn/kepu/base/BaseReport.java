package cn.kepu.base;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 年度报告 of a base for one year; {@code activitiesCounted} is what Kepu counted when it was filed. */
@Entity
@Table(name = "education_base_report")
public class BaseReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long baseId;
    @Column(name = "report_year")
    private int reportYear;
    private int visitors;
    private int activities;
    private int activitiesCounted;
    private int staff;
    private int newExhibits;
    private String summary;
    private Instant reportedAt;
    private String reportedBy;

    protected BaseReport() {
    }

    BaseReport(long baseId, int reportYear) {
        this.baseId = baseId;
        this.reportYear = reportYear;
    }

    void fill(int visitors, int activities, int activitiesCounted, int staff, int newExhibits, String summary, Instant now, String by) {
        this.visitors = visitors;
        this.activities = activities;
        this.activitiesCounted = activitiesCounted;
        this.staff = staff;
        this.newExhibits = newExhibits;
        this.summary = summary;
        this.reportedAt = now;
        this.reportedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getBaseId() {
        return baseId;
    }

    public int getReportYear() {
        return reportYear;
    }

    public int getVisitors() {
        return visitors;
    }

    public int getActivities() {
        return activities;
    }

    public int getActivitiesCounted() {
        return activitiesCounted;
    }

    public int getStaff() {
        return staff;
    }

    public int getNewExhibits() {
        return newExhibits;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }
}
