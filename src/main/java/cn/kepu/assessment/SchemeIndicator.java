package cn.kepu.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One indicator of a stored scheme (一级 when it has no parent): its points, its kind, and for a computed one where
 * its figure comes from — ids into plan and activity, read through their read models — and the rule's parameters.
 */
@Entity
@Table(name = "assessment_indicator")
public class SchemeIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long schemeId;
    private Long parentId;
    private int position;
    private String name;
    private BigDecimal points;
    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;
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

    protected SchemeIndicator() {
    }

    SchemeIndicator(long schemeId, int position) {
        this.schemeId = schemeId;
        this.position = position;
    }

    void apply(IndicatorForm f) {
        parentId = f.getParentId();
        name = f.getName().strip();
        kind = f.getKind();
        points = kind.adjustment() || kind == IndicatorKind.GROUP ? BigDecimal.ZERO : f.getPoints();
        planId = kind == IndicatorKind.QUOTA || kind == IndicatorKind.TIMELINESS ? f.getPlanId() : null;
        quotaId = kind == IndicatorKind.QUOTA ? f.getQuotaId() : null;
        campaignId = kind == IndicatorKind.ACTIVITIES ? f.getCampaignId() : null;
        topic = kind == IndicatorKind.ACTIVITIES && f.getTopic() != null && !f.getTopic().isBlank() ? f.getTopic().strip() : null;
        target = kind == IndicatorKind.ACTIVITIES || kind == IndicatorKind.NEWS_POINTS ? f.getTarget() : null;
        boolean proportional = kind == IndicatorKind.QUOTA || kind == IndicatorKind.ACTIVITIES || kind == IndicatorKind.NEWS_POINTS;
        extraPerTarget = proportional ? f.getExtraPerTarget() : null;
        extraCap = proportional ? f.getExtraCap() : null;
        perNotice = kind == IndicatorKind.TIMELINESS ? f.getPerNotice() : null;
        eachPoints = kind.adjustment() ? f.getEachPoints() : null;
        cap = kind.adjustment() ? f.getCap() : null;
        guidance = f.getGuidance() == null || f.getGuidance().isBlank() ? null : f.getGuidance().strip();
    }

    /** A copy for another scheme (copying last year's indicators); the parent is set by the copier. */
    SchemeIndicator copyTo(long otherSchemeId, Long newParentId) {
        SchemeIndicator copy = new SchemeIndicator(otherSchemeId, position);
        copy.parentId = newParentId;
        copy.name = name;
        copy.points = points;
        copy.kind = kind;
        copy.planId = planId;
        copy.quotaId = quotaId;
        copy.campaignId = campaignId;
        copy.topic = topic;
        copy.target = target;
        copy.extraPerTarget = extraPerTarget;
        copy.extraCap = extraCap;
        copy.perNotice = perNotice;
        copy.eachPoints = eachPoints;
        copy.cap = cap;
        copy.guidance = guidance;
        return copy;
    }

    /** The rule that scores this indicator (none for a group). */
    Rule rule() {
        return switch (kind) {
            case GROUP -> null;
            case QUOTA, ACTIVITIES, NEWS_POINTS -> new Rule.Proportional(zeroIfNull(extraPerTarget), zeroIfNull(extraCap));
            case TIMELINESS -> new Rule.Timeliness(zeroIfNull(perNotice));
            case MANUAL -> new Rule.Manual();
            case BONUS -> new Rule.Adjustment(eachPoints, cap);
            case DEDUCTION -> new Rule.Adjustment(eachPoints.negate(), cap);
        };
    }

    /** Where a computed indicator's figure comes from (none for the others). */
    Source source(int year) {
        return switch (kind) {
            case QUOTA -> new Source.PlanQuota(planId, quotaId);
            case ACTIVITIES -> new Source.CampaignActivities(campaignId, topic, target.longValue());
            case TIMELINESS -> new Source.OnTime(planId, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31));
            case NEWS_POINTS -> new Source.NewsPoints(java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31), target);
            default -> null;
        };
    }

    /** The rule in a few words, for the scheme page and the units reading it. */
    public String describe() {
        return switch (kind) {
            case GROUP -> "";
            case QUOTA -> "按台账指标完成率计分" + extra();
            case ACTIVITIES -> "按审核通过的" + (topic == null ? "" : topic) + "活动数计分，目标" + plain(target) + "项" + extra();
            case NEWS_POINTS -> "按本年报送并被采用的宣传信息积分计分，目标" + plain(target) + "分" + extra();
            case TIMELINESS -> "按期完成任务的比例计分" + (perNotice == null || perNotice.signum() == 0 ? ""
                    : "，每收到一份督办单扣" + plain(perNotice) + "分");
            case MANUAL -> "单位自评，考核单位评分";
            case BONUS -> "每次加" + plain(eachPoints) + "分，最多加" + plain(cap) + "分";
            case DEDUCTION -> "每次扣" + plain(eachPoints) + "分，最多扣" + plain(cap) + "分";
        };
    }

    private String extra() {
        return extraPerTarget == null || extraPerTarget.signum() == 0 ? "，封顶满分"
                : "，超额完成每多一倍加" + plain(extraPerTarget) + "分，最多加" + plain(extraCap) + "分";
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public Long getId() {
        return id;
    }

    public long getSchemeId() {
        return schemeId;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getQuotaId() {
        return quotaId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getTopic() {
        return topic;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getExtraPerTarget() {
        return extraPerTarget;
    }

    public BigDecimal getExtraCap() {
        return extraCap;
    }

    public BigDecimal getPerNotice() {
        return perNotice;
    }

    public BigDecimal getEachPoints() {
        return eachPoints;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public String getGuidance() {
        return guidance;
    }
}
