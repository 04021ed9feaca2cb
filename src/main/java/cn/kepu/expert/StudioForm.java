package cn.kepu.expert;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What the 科普专家工作室 form (and the API) sends. */
public class StudioForm {

    private Long unitId;
    private String name;
    private Long leadExpertId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate establishedOn;
    private ExpertField field;
    private String description;
    private Long version;

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getLeadExpertId() {
        return leadExpertId;
    }

    public void setLeadExpertId(Long leadExpertId) {
        this.leadExpertId = leadExpertId;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public ExpertField getField() {
        return field;
    }

    public void setField(ExpertField field) {
        this.field = field;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
