package cn.kepu.publicity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/**
 * One 宣传信息 a unit submitted: what it says, what it reports, where the unit published it — and, once an office above
 * has looked at it, whether it was adopted (with the channels it was used in and the points they earned) or returned
 * with a reason. A returned item is changed and sent again; an adopted one may be taken back by the office.
 */
@Entity
@Table(name = "news_item")
public class NewsItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Organization unit;
    private String title;
    private String body;
    private Long activityId;
    private String activityName;
    private String links;
    private LocalDate submittedOn;
    private String submittedBy;
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private NewsState state;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "reviewer_unit_id")
    private Organization reviewerUnit;
    private String reviewedBy;
    private Instant reviewedAt;
    private String returnReason;
    private BigDecimal points = BigDecimal.ZERO;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "news_usage", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<NewsUsage> usages = new ArrayList<>();
    @Version
    private long version;

    protected NewsItem() {
    }

    NewsItem(Organization unit, LocalDate submittedOn, String submittedBy, Instant submittedAt) {
        this.unit = unit;
        this.submittedOn = submittedOn;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.state = NewsState.SUBMITTED;
    }

    void write(String title, String body, Long activityId, String activityName, List<String> links) {
        this.title = title;
        this.body = body;
        this.activityId = activityId;
        this.activityName = activityName;
        this.links = links.isEmpty() ? null : String.join("\n", links);
    }

    /** Sent again after it was returned: back with the office, the old reason kept until it is looked at again. */
    void resubmit(String by, Instant at) {
        this.state = NewsState.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    void adopt(Organization office, List<NewsUsage> usages, String by, Instant at) {
        this.state = NewsState.ADOPTED;
        this.usages = new ArrayList<>(usages);
        this.points = usages.stream().map(NewsUsage::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.returnReason = null;
        reviewed(office, by, at);
    }

    void giveBack(Organization office, String reason, String by, Instant at) {
        this.state = NewsState.RETURNED;
        this.returnReason = reason;
        this.usages = new ArrayList<>();
        this.points = BigDecimal.ZERO;
        reviewed(office, by, at);
    }

    /** 撤销采用: the office takes its adoption back; the item waits for a decision again and no longer counts. */
    void unadopt() {
        this.state = NewsState.SUBMITTED;
        this.usages = new ArrayList<>();
        this.points = BigDecimal.ZERO;
        this.reviewerUnit = null;
        this.reviewedBy = null;
        this.reviewedAt = null;
    }

    private void reviewed(Organization office, String by, Instant at) {
        this.reviewerUnit = office;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public boolean counts() {
        return state == NewsState.ADOPTED;
    }

    public List<String> linkList() {
        return links == null ? List.of() : Arrays.stream(links.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    public String usageText() {
        return String.join("、", usages.stream().map(u -> u.channel().label()).toList());
    }

    public Long getId() {
        return id;
    }

    public Organization getUnit() {
        return unit;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Long getActivityId() {
        return activityId;
    }

    public String getActivityName() {
        return activityName;
    }

    public String getLinks() {
        return links;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public NewsState getState() {
        return state;
    }

    public Organization getReviewerUnit() {
        return reviewerUnit;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public List<NewsUsage> getUsages() {
        return List.copyOf(usages);
    }

    public long getVersion() {
        return version;
    }
}
