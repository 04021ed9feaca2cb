package cn.kepu.mobile;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/** One stop of a resource (巡展安排): where and when, planned, then done with its participants, or called off. */
@Entity
@Table(name = "mobile_visit")
public class MobileVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "resource_id")
    private MobileResource resource;
    private LocalDate visitDate;
    private String place;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "township_id")
    private Organization township;
    @Enumerated(EnumType.STRING)
    private PlaceKind placeKind;
    private String hostUnit;
    @Enumerated(EnumType.STRING)
    private VisitState state = VisitState.PLANNED;
    private Integer participants;
    private String summary;
    private String cancelReason;
    private String completedBy;
    private Instant completedAt;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected MobileVisit() {
    }

    MobileVisit(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void plan(MobileResource resource, LocalDate visitDate, String place, Organization township, PlaceKind placeKind, String hostUnit) {
        this.resource = resource;
        this.visitDate = visitDate;
        this.place = place;
        this.township = township;
        this.placeKind = placeKind;
        this.hostUnit = hostUnit;
    }

    void complete(int participants, String summary, String by, Instant at) {
        this.state = VisitState.COMPLETED;
        this.participants = participants;
        this.summary = summary;
        this.completedBy = by;
        this.completedAt = at;
        this.cancelReason = null;
    }

    /** Back to planned: a completion recorded by mistake, or a cancelled visit taken up again. */
    void reopen() {
        this.state = VisitState.PLANNED;
        this.participants = null;
        this.summary = null;
        this.completedBy = null;
        this.completedAt = null;
        this.cancelReason = null;
    }

    void cancel(String reason) {
        this.state = VisitState.CANCELLED;
        this.participants = null;
        this.completedBy = null;
        this.completedAt = null;
        this.cancelReason = reason;
    }

    /** Planned for a day already past: it waits to be completed or cancelled. */
    public boolean overdueOn(LocalDate today) {
        return state == VisitState.PLANNED && visitDate.isBefore(today);
    }

    /** "2024-05-12 山口镇中心小学（科普大篷车 岱岳区1号）". */
    public String describe() {
        return visitDate + " " + place + "（" + resource.getName() + "）";
    }

    public Long getId() {
        return id;
    }

    public MobileResource getResource() {
        return resource;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public String getPlace() {
        return place;
    }

    public Organization getTownship() {
        return township;
    }

    public PlaceKind getPlaceKind() {
        return placeKind;
    }

    public String getHostUnit() {
        return hostUnit;
    }

    public VisitState getState() {
        return state;
    }

    public Integer getParticipants() {
        return participants;
    }

    public String getSummary() {
        return summary;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
