package cn.kepu.literacy;

import java.util.ArrayList;
import java.util.List;

/** A rate as typed: text fields, so that whatever was typed comes back with its message. Region 0 is 全国. */
public class RateForm {

    /** Rows offered for breakdowns on an empty form. */
    static final int BREAKDOWN_ROWS = 8;

    private Long regionId;
    private String surveyYear;
    private String rate;
    private String sampleSize;
    private String marginOfError;
    private String sourceName;
    private String surveyedOn;
    private List<Row> rows = new ArrayList<>();
    private Long version;

    /** One breakdown row: 性别 · 女性 · 12.1. */
    public static class Row {
        private String dimension;
        private String group;
        private String rate;

        public Row() {
        }

        Row(String dimension, String group, String rate) {
            this.dimension = dimension;
            this.group = group;
            this.rate = rate;
        }

        boolean isBlank() {
            return blank(dimension) && blank(group) && blank(rate);
        }

        public String getDimension() {
            return dimension;
        }

        public void setDimension(String dimension) {
            this.dimension = dimension;
        }

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }

        public String getRate() {
            return rate;
        }

        public void setRate(String rate) {
            this.rate = rate;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Empty rows up to the form's size, so a person can add breakdowns. */
    RateForm padded() {
        while (rows.size() < BREAKDOWN_ROWS) {
            rows.add(new Row());
        }
        return this;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public String getSurveyYear() {
        return surveyYear;
    }

    public void setSurveyYear(String surveyYear) {
        this.surveyYear = surveyYear;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getSampleSize() {
        return sampleSize;
    }

    public void setSampleSize(String sampleSize) {
        this.sampleSize = sampleSize;
    }

    public String getMarginOfError() {
        return marginOfError;
    }

    public void setMarginOfError(String marginOfError) {
        this.marginOfError = marginOfError;
    }

    public String getSourceName() {
        return sourceName;
    }

    public void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    public String getSurveyedOn() {
        return surveyedOn;
    }

    public void setSurveyedOn(String surveyedOn) {
        this.surveyedOn = surveyedOn;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
