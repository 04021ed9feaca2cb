package cn.kepu.base;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import jakarta.persistence.Version;

import cn.kepu.org.Organization;
import cn.kepu.org.Region;

/**
 * 科普示范县（市、区）/社区/村: created under an association against the checklist of its kind, submitted for evaluation,
 * then named with a number and a validity — or sent back to go on creating.
 */
@Entity
public class DemonstrationSite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private SiteKind kind;
    @ManyToOne(optional = false)
    private Organization parent;
    @ManyToOne
    private Region region;
    private String address;
    private String contactPerson;
    private String contactPhone;
    @Enumerated(EnumType.STRING)
    private SiteState state;
    private String evaluation;
    private String number;
    private LocalDate namedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Integer validityYears;
    private LocalDate startedOn;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "demonstration_site_criterion", joinColumns = @JoinColumn(name = "site_id"))
    @OrderColumn(name = "position")
    private List<SiteCriterion> criteria = new ArrayList<>();

    protected DemonstrationSite() {
    }

    DemonstrationSite(String name, SiteKind kind, Organization parent, Region region, String address, String contactPerson,
            String contactPhone, LocalDate startedOn, Instant now, String by) {
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.region = region;
        this.address = address;
        this.contactPerson = contactPerson;
        this.contactPhone = contactPhone;
        this.startedOn = startedOn;
        this.createdAt = now;
        this.createdBy = by;
        this.state = SiteState.CREATING;
        kind.criteria().forEach(c -> criteria.add(new SiteCriterion(c)));
    }

    void submit() {
        this.state = SiteState.SUBMITTED;
    }

    void fallShort(String evaluation) {
        this.evaluation = evaluation;
        this.state = SiteState.CREATING;
    }

    void name(String number, LocalDate on, LocalDate from, LocalDate until, String evaluation) {
        this.number = number;
        this.namedOn = on;
        this.validFrom = from;
        this.validUntil = until;
        this.validityYears = Math.max(1, java.time.Period.between(from, until.plusDays(1)).getYears());
        this.evaluation = evaluation;
        this.state = SiteState.NAMED;
    }

    void revoke(String evaluation) {
        this.evaluation = evaluation;
        this.state = SiteState.REVOKED;
    }

    public long metCount() {
        return criteria.stream().filter(SiteCriterion::isMet).count();
    }

    public boolean expiredOn(LocalDate today) {
        return state == SiteState.NAMED && validUntil != null && today.isAfter(validUntil);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public Organization getParent() {
        return parent;
    }

    public Region getRegion() {
        return region;
    }

    public String getAddress() {
        return address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public SiteState getState() {
        return state;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getNamedOn() {
        return namedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Integer getValidityYears() {
        return validityYears;
    }

    public LocalDate getStartedOn() {
        return startedOn;
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

    public List<SiteCriterion> getCriteria() {
        return criteria;
    }
}
