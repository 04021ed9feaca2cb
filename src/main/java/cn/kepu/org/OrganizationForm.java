package cn.kepu.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person types to create or edit a unit; the same shape serves the page form and the API. */
public class OrganizationForm {

    @NotBlank(message = "请填写单位名称")
    @Size(max = 100, message = "单位名称不能超过100个字")
    private String name;
    @Size(max = 50, message = "简称不能超过50个字")
    private String shortName;
    @NotNull(message = "请选择单位类型")
    private UnitType unitType;
    @NotNull(message = "请选择单位级别")
    private OrgLevel level;
    private String regionCode;
    private Long parentId;
    private String creditCode;
    @Size(max = 50, message = "联系人不能超过50个字")
    private String contactPerson;
    @Size(max = 30, message = "联系电话过长")
    private String contactPhone;
    private Long version;

    public static OrganizationForm of(Organization o) {
        OrganizationForm form = new OrganizationForm();
        form.name = o.getName();
        form.shortName = o.getShortName();
        form.unitType = o.getUnitType();
        form.level = o.getLevel();
        form.regionCode = o.getRegion() == null ? null : o.getRegion().getCode();
        form.parentId = o.getParentId();
        form.creditCode = o.getCreditCode();
        form.contactPerson = o.getContactPerson();
        form.contactPhone = o.getContactPhone();
        form.version = o.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public void setUnitType(UnitType unitType) {
        this.unitType = unitType;
    }

    public OrgLevel getLevel() {
        return level;
    }

    public void setLevel(OrgLevel level) {
        this.level = level;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
