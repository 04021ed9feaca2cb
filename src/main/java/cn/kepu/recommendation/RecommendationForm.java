package cn.kepu.recommendation;

/** What a recommender types on the 推荐表; {@code activityId} or {@code unitId} names what is recommended. */
public class RecommendationForm {

    private Long activityId;
    private Long unitId;
    private String subjectName;
    private String unitName;
    private String unitLevel;
    private Integer staffCount;
    private String contactPerson;
    private String contactPhone;
    private String mainText;
    private String recommenderOpinion;

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public String getUnitLevel() {
        return unitLevel;
    }

    public void setUnitLevel(String unitLevel) {
        this.unitLevel = unitLevel;
    }

    public Integer getStaffCount() {
        return staffCount;
    }

    public void setStaffCount(Integer staffCount) {
        this.staffCount = staffCount;
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

    public String getMainText() {
        return mainText;
    }

    public void setMainText(String mainText) {
        this.mainText = mainText;
    }

    public String getRecommenderOpinion() {
        return recommenderOpinion;
    }

    public void setRecommenderOpinion(String recommenderOpinion) {
        this.recommenderOpinion = recommenderOpinion;
    }

    static RecommendationForm of(Recommendation r) {
        RecommendationForm f = new RecommendationForm();
        f.activityId = r.getActivityId();
        f.unitId = r.getUnit() == null ? null : r.getUnit().getId();
        f.subjectName = r.getSubjectName();
        f.unitName = r.getUnitName();
        f.unitLevel = r.getUnitLevel();
        f.staffCount = r.getStaffCount();
        f.contactPerson = r.getContactPerson();
        f.contactPhone = r.getContactPhone();
        f.mainText = r.getMainText();
        f.recommenderOpinion = r.getRecommenderOpinion();
        return f;
    }
}
