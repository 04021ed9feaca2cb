package cn.kepu.recommendation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import cn.kepu.org.Organization;
import cn.kepu.support.PanelMean;

/**
 * One recommendation in a round: what is recommended (an activity by id, a unit, or a person by name), the filled
 * form, the recommender's opinion; the issuer's review, reviewers' scores and whether it is selected. A recommendation
 * the issuer forwarded to the level above points back at the one it came from.
 */
@Entity
public class Recommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private RecommendationRound round;
    @ManyToOne(optional = false)
    private Organization recommender;
    private Long activityId;
    @ManyToOne
    private Organization unit;
    private String subjectName;
    private String unitName;
    private String unitLevel;
    private Integer staffCount;
    private String contactPerson;
    private String contactPhone;
    private String mainText;
    private String recommenderOpinion;
    @Enumerated(EnumType.STRING)
    private RecommendationState state = RecommendationState.DRAFT;
    private String reviewOpinion;
    private String returnReason;
    private Instant reviewedAt;
    private String reviewedBy;
    private boolean selected;
    @ManyToOne
    @JoinColumn(name = "forwarded_from_id")
    private Recommendation forwardedFrom;
    private Instant createdAt;
    private String createdBy;
    private Instant submittedAt;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "recommendation_score", joinColumns = @JoinColumn(name = "recommendation_id"))
    private List<Score> scores = new ArrayList<>();

    protected Recommendation() {
    }

    Recommendation(RecommendationRound round, Organization recommender, Long activityId, Organization unit, Instant now,
            String by) {
        this.round = round;
        this.recommender = recommender;
        this.activityId = activityId;
        this.unit = unit;
        this.createdAt = now;
        this.createdBy = by;
    }

    void fill(RecommendationForm form) {
        this.subjectName = form.getSubjectName().strip();
        this.unitName = strip(form.getUnitName());
        this.unitLevel = strip(form.getUnitLevel());
        this.staffCount = form.getStaffCount();
        this.contactPerson = strip(form.getContactPerson());
        this.contactPhone = strip(form.getContactPhone());
        this.mainText = form.getMainText().strip();
        this.recommenderOpinion = strip(form.getRecommenderOpinion());
    }

    void submit(Instant now) {
        this.state = RecommendationState.SUBMITTED;
        this.submittedAt = now;
        this.returnReason = null;
    }

    void review(RecommendationState decision, String opinion, String reason, Instant now, String by) {
        this.state = decision;
        this.reviewOpinion = opinion;
        this.returnReason = reason;
        this.reviewedAt = now;
        this.reviewedBy = by;
        if (decision != RecommendationState.PASSED) {
            this.selected = false;
        }
    }

    void select(boolean selected) {
        this.selected = selected;
    }

    void score(String reviewer, BigDecimal points, Instant now) {
        scores.removeIf(s -> s.reviewer().equals(reviewer));
        scores.add(new Score(reviewer, points, now));
    }

    void forwardedFrom(Recommendation origin) {
        this.forwardedFrom = origin;
    }

    /**
     * The mean of the reviewers' scores, to one decimal; with five or more, the highest and the lowest are dropped
     * first (as 评审 do to blunt one reviewer's extreme).
     */
    public Optional<BigDecimal> meanScore() {
        return mean(scores.stream().map(Score::points).toList());
    }

    static Optional<BigDecimal> mean(List<BigDecimal> points) {
        return PanelMean.of(points);
    }

    /** Where it came from, oldest first: the county's recommendation, then the city's … (this one not included). */
    public List<Recommendation> history() {
        List<Recommendation> chain = new ArrayList<>();
        for (Recommendation r = forwardedFrom; r != null; r = r.forwardedFrom) {
            chain.add(0, r);
        }
        return chain;
    }

    public boolean isForwarded() {
        return forwardedFrom != null;
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public RecommendationRound getRound() {
        return round;
    }

    public Organization getRecommender() {
        return recommender;
    }

    public Long getActivityId() {
        return activityId;
    }

    public Organization getUnit() {
        return unit;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getUnitLevel() {
        return unitLevel;
    }

    public Integer getStaffCount() {
        return staffCount;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getMainText() {
        return mainText;
    }

    public String getRecommenderOpinion() {
        return recommenderOpinion;
    }

    public RecommendationState getState() {
        return state;
    }

    public String getReviewOpinion() {
        return reviewOpinion;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public boolean isSelected() {
        return selected;
    }

    public Recommendation getForwardedFrom() {
        return forwardedFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<Score> getScores() {
        return scores;
    }
}
