package cn.kepu.base;

/** What an applicant types for a base (申报, or changing a returned application); the page form and the API. */
public class BaseForm {

    private String name;
    private BaseLevel level;
    private BaseKind kind;
    private Long parentId;
    private String operatorName;
    private String operatorCreditCode;
    private String regionCode;
    private String address;
    private String openHours;
    private String themes;
    private Integer capacity;
    private String contactPerson;
    private String contactPhone;
    private String introduction;
    private Long version;

    static BaseForm of(EducationBase b) {
        BaseForm f = new BaseForm();
        f.name = b.getName();
        f.level = b.getLevel();
        f.kind = b.getKind();
        f.parentId = b.getParent().getId();
        f.operatorName = b.getOperatorName();
        f.operatorCreditCode = b.getOperatorCreditCode();
        f.regionCode = b.getRegion() == null ? null : b.getRegion().getCode();
        f.address = b.getAddress();
        f.openHours = b.getOpenHours();
        f.themes = b.getThemes();
        f.capacity = b.getCapacity();
        f.contactPerson = b.getContactPerson();
        f.contactPhone = b.getContactPhone();
        f.introduction = b.getIntroduction();
        f.version = b.getVersion();
        return f;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BaseLevel getLevel() {
        return level;
    }

    public void setLevel(BaseLevel level) {
        this.level = level;
    }

    public BaseKind getKind() {
        return kind;
    }

    public void setKind(BaseKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public void setOperatorName(String operatorName) {
        this.operatorName = operatorName;
    }

    public String getOperatorCreditCode() {
        return operatorCreditCode;
    }

    public void setOperatorCreditCode(String operatorCreditCode) {
        this.operatorCreditCode = operatorCreditCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOpenHours() {
        return openHours;
    }

    public void setOpenHours(String openHours) {
        this.openHours = openHours;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
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

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
