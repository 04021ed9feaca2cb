package cn.kepu.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the scheme form holds: the scheme's header, its bands as text, the units assessed, a scheme to copy from. */
public class SchemeForm {

    private Long version;
    private Long issuerId;
    private Integer year;
    private String title;
    private String documentNumber;
    private BigDecimal totalPoints = new BigDecimal("100");
    private String bands = BandsText.DEFAULT;
    private LocalDate selfAssessmentDeadline;
    private Integer publicityDays = 7;
    private Long previousId;
    private List<Long> unitIds = new ArrayList<>();

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public void setIssuerId(Long issuerId) {
        this.issuerId = issuerId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public BigDecimal getTotalPoints() {
        return totalPoints;
    }

    public void setTotalPoints(BigDecimal totalPoints) {
        this.totalPoints = totalPoints;
    }

    public String getBands() {
        return bands;
    }

    public void setBands(String bands) {
        this.bands = bands;
    }

    public LocalDate getSelfAssessmentDeadline() {
        return selfAssessmentDeadline;
    }

    public void setSelfAssessmentDeadline(LocalDate selfAssessmentDeadline) {
        this.selfAssessmentDeadline = selfAssessmentDeadline;
    }

    public Integer getPublicityDays() {
        return publicityDays;
    }

    public void setPublicityDays(Integer publicityDays) {
        this.publicityDays = publicityDays;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public void setPreviousId(Long previousId) {
        this.previousId = previousId;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds == null ? new ArrayList<>() : unitIds;
    }
}
