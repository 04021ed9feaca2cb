package cn.kepu.base;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;
import cn.kepu.org.Region;

/**
 * 科普教育基地: a place run by an operating unit, registered under an association (its 主管科协). Once 认定 it has a
 * number, a validity of some years and the unit it works as in the tree ({@code organizationId}).
 */
@Entity
public class EducationBase {

    /** 复核 may start this many days before the validity ends. */
    static final int RECHECK_WINDOW_DAYS = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private BaseLevel level;
    @Enumerated(EnumType.STRING)
    private BaseKind kind;
    @ManyToOne(optional = false)
    private Organization parent;
    private String operatorName;
    private String operatorCreditCode;
    @ManyToOne
    private Region region;
    private String address;
    private String openHours;
    private String themes;
    private Integer capacity;
    private String contactPerson;
    private String contactPhone;
    private String introduction;
    @Enumerated(EnumType.STRING)
    private BaseState state;
    private Long organizationId;
    private String number;
    private LocalDate recognizedOn;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private Integer validityYears;
    private LocalDate rectifyBy;
    private Instant appliedAt;
    private String appliedBy;
    @Version
    private long version;

    protected EducationBase() {
    }

    EducationBase(Details details, Instant now, String by) {
        apply(details);
        this.state = BaseState.APPLIED;
        this.appliedAt = now;
        this.appliedBy = by;
    }

    /** What an applicant states about the base. */
    record Details(String name, BaseLevel level, BaseKind kind, Organization parent, String operatorName, String operatorCreditCode,
            Region region, String address, String openHours, String themes, Integer capacity, String contactPerson,
            String contactPhone, String introduction) {
    }

    void apply(Details d) {
        this.name = d.name();
        this.level = d.level();
        this.kind = d.kind();
        this.parent = d.parent();
        this.operatorName = d.operatorName();
        this.operatorCreditCode = d.operatorCreditCode();
        this.region = d.region();
        this.address = d.address();
        this.openHours = d.openHours();
        this.themes = d.themes();
        this.capacity = d.capacity();
        this.contactPerson = d.contactPerson();
        this.contactPhone = d.contactPhone();
        this.introduction = d.introduction();
    }

    void resubmit() {
        this.state = BaseState.APPLIED;
    }

    void screen(boolean passed) {
        this.state = passed ? BaseState.SCREENED : BaseState.RETURNED;
    }

    void recognize(String number, LocalDate on, LocalDate from, LocalDate until, long organizationId) {
        this.number = number;
        this.recognizedOn = on;
        this.validFrom = from;
        this.validUntil = until;
        this.validityYears = Math.max(1, java.time.Period.between(from, until.plusDays(1)).getYears());
        this.organizationId = organizationId;
        this.rectifyBy = null;
        this.state = BaseState.RECOGNIZED;
    }

    /** 合格: a new validity of the same length from the day after the old one ended. */
    void renew() {
        this.validFrom = validUntil.plusDays(1);
        this.validUntil = validFrom.plusYears(validityYears).minusDays(1);
        this.rectifyBy = null;
        this.state = BaseState.RECOGNIZED;
    }

    void rectifyBy(LocalDate by) {
        this.rectifyBy = by;
        this.state = BaseState.RECTIFYING;
    }

    void revoke() {
        this.state = BaseState.REVOKED;
    }

    /** Demo data and tests: a base recognized some years ago, as if it had been. */
    void backdate(LocalDate recognizedOn, LocalDate validFrom) {
        this.recognizedOn = recognizedOn;
        this.validFrom = validFrom;
        this.validUntil = validFrom.plusYears(validityYears).minusDays(1);
    }

    /** The first day a 复核 may be made: 90 days before the validity ends; a rectifying base at any time. */
    public LocalDate recheckFrom() {
        if (state == BaseState.RECTIFYING) {
            return LocalDate.MIN;
        }
        return validUntil == null ? null : validUntil.minusDays(RECHECK_WINDOW_DAYS);
    }

    public boolean recheckDueOn(LocalDate today) {
        return state.recognized() && recheckFrom() != null && !today.isBefore(recheckFrom());
    }

    public boolean expiredOn(LocalDate today) {
        return state == BaseState.RECOGNIZED && validUntil != null && today.isAfter(validUntil);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BaseLevel getLevel() {
        return level;
    }

    public BaseKind getKind() {
        return kind;
    }

    public Organization getParent() {
        return parent;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public String getOperatorCreditCode() {
        return operatorCreditCode;
    }

    public Region getRegion() {
        return region;
    }

    public String getAddress() {
        return address;
    }

    public String getOpenHours() {
        return openHours;
    }

    public String getThemes() {
        return themes;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getIntroduction() {
        return introduction;
    }

    public BaseState getState() {
        return state;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getRecognizedOn() {
        return recognizedOn;
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

    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public long getVersion() {
        return version;
    }
}
