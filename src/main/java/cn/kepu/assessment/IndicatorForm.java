package cn.kepu.assessment;

import java.math.BigDecimal;

/** What the indicator form holds; which fields count depends on the kind (the entity keeps only those). */
public class IndicatorForm {

    private Long id;
    private Long parentId;
    private String name;
    private IndicatorKind kind = IndicatorKind.MANUAL;
    private BigDecimal points;
    private Long planId;
    private Long quotaId;
    private Long campaignId;
    private String topic;
    private BigDecimal target;
    private BigDecimal extraPerTarget;
    private BigDecimal extraCap;
    private BigDecimal perNotice;
    private BigDecimal eachPoints;
    private BigDecimal cap;
    private String guidance;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public void setKind(IndicatorKind kind) {
        this.kind = kind;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public Long getQuotaId() {
        return quotaId;
    }

    public void setQuotaId(Long quotaId) {
        this.quotaId = quotaId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public BigDecimal getExtraPerTarget() {
        return extraPerTarget;
    }

    public void setExtraPerTarget(BigDecimal extraPerTarget) {
        this.extraPerTarget = extraPerTarget;
    }

    public BigDecimal getExtraCap() {
        return extraCap;
    }

    public void setExtraCap(BigDecimal extraCap) {
        this.extraCap = extraCap;
    }

    public BigDecimal getPerNotice() {
        return perNotice;
    }

    public void setPerNotice(BigDecimal perNotice) {
        this.perNotice = perNotice;
    }

    public BigDecimal getEachPoints() {
        return eachPoints;
    }

    public void setEachPoints(BigDecimal eachPoints) {
        this.eachPoints = eachPoints;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public void setCap(BigDecimal cap) {
        this.cap = cap;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    static IndicatorForm of(SchemeIndicator i) {
        IndicatorForm f = new IndicatorForm();
        f.id = i.getId();
        f.parentId = i.getParentId();
        f.name = i.getName();
        f.kind = i.getKind();
        f.points = i.getPoints();
        f.planId = i.getPlanId();
        f.quotaId = i.getQuotaId();
        f.campaignId = i.getCampaignId();
        f.topic = i.getTopic();
        f.target = i.getTarget();
        f.extraPerTarget = i.getExtraPerTarget();
        f.extraCap = i.getExtraCap();
        f.perNotice = i.getPerNotice();
        f.eachPoints = i.getEachPoints();
        f.cap = i.getCap();
        f.guidance = i.getGuidance();
        return f;
    }
}
