package cn.kepu.informant;

/**
 * One unit's month as typed: the numbers as text, so "12.5" or "-3" is answered in words and stays in the field.
 */
public class CountForm {

    private Long unitId;
    private Integer year;
    private Integer month;
    private String newlyRegistered;
    private String totalRegistered;
    private String sourceNote;
    private Long version;

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public String getNewlyRegistered() {
        return newlyRegistered;
    }

    public void setNewlyRegistered(String newlyRegistered) {
        this.newlyRegistered = newlyRegistered;
    }

    public String getTotalRegistered() {
        return totalRegistered;
    }

    public void setTotalRegistered(String totalRegistered) {
        this.totalRegistered = totalRegistered;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public void setSourceNote(String sourceNote) {
        this.sourceNote = sourceNote;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
