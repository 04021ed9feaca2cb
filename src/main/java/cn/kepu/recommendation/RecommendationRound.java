package cn.kepu.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;

/**
 * 推荐评选: the issuer's call for recommendations — what kind, from whom, how many each, by when, on which form — and
 * the round of the level above into which it forwards its best.
 */
@Entity
public class RecommendationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private Organization issuer;
    private String title;
    @Enumerated(EnumType.STRING)
    private RoundKind kind;
    @Enumerated(EnumType.STRING)
    private FormPreset formPreset;
    private Long campaignId;
    private String campaignName;
    private int quota;
    private LocalDate deadline;
    @ManyToOne
    @JoinColumn(name = "next_round_id")
    private RecommendationRound nextRound;
    @Enumerated(EnumType.STRING)
    private RoundStage stage = RoundStage.OPEN;
    private LocalDate publicityUntil;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;
    // Lazy: a national round calls on thousands of units; queries ask RoundCatalog.callsOn and recommenders instead.
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "recommendation_round_recommender", joinColumns = @JoinColumn(name = "round_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    private Set<Organization> recommenders = new LinkedHashSet<>();

    protected RecommendationRound() {
    }

    RecommendationRound(Organization issuer, String title, RoundKind kind, FormPreset formPreset, Long campaignId,
            String campaignName, int quota, LocalDate deadline, RecommendationRound nextRound, Set<Organization> recommenders,
            Instant now, String by) {
        this.issuer = issuer;
        this.title = title;
        this.kind = kind;
        this.formPreset = formPreset;
        this.campaignId = campaignId;
        this.campaignName = campaignName;
        this.quota = quota;
        this.deadline = deadline;
        this.nextRound = nextRound;
        this.recommenders.addAll(recommenders);
        this.createdAt = now;
        this.createdBy = by;
    }

    void startPublicity(LocalDate until) {
        this.stage = RoundStage.PUBLICITY;
        this.publicityUntil = until;
    }

    void finish() {
        this.stage = RoundStage.FINISHED;
    }

    /** Demo data only: a round of an earlier year. */
    void backdate(LocalDate deadline, LocalDate publicityUntil) {
        this.deadline = deadline;
        if (this.publicityUntil != null) {
            this.publicityUntil = publicityUntil;
        }
    }

    public boolean acceptsOn(LocalDate today) {
        return stage == RoundStage.OPEN && !today.isAfter(deadline);
    }

    /** Who reviews in the forms' last cell: 市科协审核意见, 省科协审核意见 … */
    public String reviewerLabel() {
        OrgLevel level = issuer.getLevel();
        String who = level == OrgLevel.PROVINCE ? "省科协" : level == OrgLevel.CITY ? "市科协"
                : level == OrgLevel.COUNTY ? "县科协" : issuer.getDisplayName();
        return who + "审核意见";
    }

    /** The form's title: the round's title and the form's name, as the seed's 渭南市2022年全国科普日先进单位推荐表. */
    public String formTitle() {
        return title.endsWith("推荐") ? title + "表" : title + "推荐表";
    }

    public Long getId() {
        return id;
    }

    public Organization getIssuer() {
        return issuer;
    }

    public String getTitle() {
        return title;
    }

    public RoundKind getKind() {
        return kind;
    }

    public FormPreset getFormPreset() {
        return formPreset;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public int getQuota() {
        return quota;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public RecommendationRound getNextRound() {
        return nextRound;
    }

    public RoundStage getStage() {
        return stage;
    }

    public LocalDate getPublicityUntil() {
        return publicityUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }

    Set<Organization> getRecommenders() {
        return recommenders;
    }
}
