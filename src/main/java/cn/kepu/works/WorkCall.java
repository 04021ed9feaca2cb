package cn.kepu.works;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

/** 征集通知: an association calls for works in some categories between two dates, under its rules. */
@Entity
@Table(name = "work_call")
public class WorkCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    private Organization issuer;
    private String title;
    @Column(name = "call_year")
    private int year;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String rules;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_call_category", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<CallCategory> categories = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_call_expert", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    private List<PanelExpert> panel = new ArrayList<>();
    private Instant awardsPublishedAt;
    private String awardsPublishedBy;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    protected WorkCall() {
    }

    WorkCall(Organization issuer, Instant now, String by) {
        this.issuer = issuer;
        this.createdAt = now;
        this.createdBy = by;
    }

    void set(String title, int year, LocalDate opensOn, LocalDate closesOn, String rules, List<CallCategory> categories) {
        this.title = title;
        this.year = year;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.rules = rules;
        this.categories.clear();
        this.categories.addAll(categories);
    }

    /** Demo data and tests: a call whose dates lie earlier. */
    void backdate(LocalDate opensOn, LocalDate closesOn) {
        this.opensOn = opensOn;
        this.closesOn = closesOn;
    }

    void assign(PanelExpert expert) {
        panel.add(expert);
    }

    void unassign(long expertId) {
        panel.removeIf(e -> e.expertId() == expertId);
    }

    void publishAwards(Instant at, String by) {
        this.awardsPublishedAt = at;
        this.awardsPublishedBy = by;
    }

    public boolean acceptsOn(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    public boolean isClosedOn(LocalDate today) {
        return today.isAfter(closesOn);
    }

    public boolean isPublished() {
        return awardsPublishedAt != null;
    }

    /** 未开始, 征集中, 评审中 or 公示中 on this day. */
    public String stageOn(LocalDate today) {
        if (isPublished()) {
            return "已公示";
        }
        if (today.isBefore(opensOn)) {
            return "未开始";
        }
        return today.isAfter(closesOn) ? "评审中" : "征集中";
    }

    public Optional<CallCategory> category(WorkCategory c) {
        return categories.stream().filter(x -> x.getCategory() == c).findFirst();
    }

    public Optional<PanelExpert> panelist(long expertId) {
        return panel.stream().filter(e -> e.expertId() == expertId).findFirst();
    }

    public String categoryLabels() {
        return String.join("、", categories.stream().map(c -> c.getCategory().label()).toList());
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

    public int getYear() {
        return year;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public String getRules() {
        return rules;
    }

    public List<CallCategory> getCategories() {
        return categories;
    }

    public List<PanelExpert> getPanel() {
        return panel;
    }

    public Instant getAwardsPublishedAt() {
        return awardsPublishedAt;
    }

    public String getAwardsPublishedBy() {
        return awardsPublishedBy;
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
}
