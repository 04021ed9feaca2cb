package cn.kepu.org;

import java.time.Instant;

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

import cn.kepu.audit.Changes;
import cn.kepu.support.PhoneMask;

/**
 * A unit in the tree: an association at some level, or a body under one. {@code path} lists the ids from the
 * root down to this unit ("/1/5/23/"), so "this unit and everything beneath it" is a prefix.
 */
@Entity
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String shortName;
    @Enumerated(EnumType.STRING)
    private UnitType unitType;
    @Enumerated(EnumType.STRING)
    private OrgLevel level;
    // Eager: screens and exports always show the region and the parent's name, outside any transaction.
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_code")
    private Region region;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private Organization parent;
    private String path;
    private String creditCode;
    private String contactPerson;
    private String contactPhone;
    @Enumerated(EnumType.STRING)
    private OrgStatus status;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Organization() {
    }

    Organization(Organization parent, Details details, Instant now) {
        this.parent = parent;
        this.status = OrgStatus.ENABLED;
        this.createdAt = now;
        this.path = "";
        apply(details, now);
    }

    /** The editable attributes, as a form or an import row carries them. */
    record Details(String name, String shortName, UnitType unitType, OrgLevel level, Region region,
            String creditCode, String contactPerson, String contactPhone) {
    }

    /** Applies new details and says what changed, for the audit log. */
    Changes apply(Details d, Instant now) {
        Changes changes = new Changes()
                .field("名称", name, d.name())
                .field("简称", shortName, d.shortName())
                .field("单位类型", unitType == null ? null : unitType.label(), d.unitType().label())
                .field("单位级别", level == null ? null : level.label(), d.level().label())
                .field("行政区划", region == null ? null : region.getName(), d.region() == null ? null : d.region().getName())
                .field("统一社会信用代码", creditCode, d.creditCode())
                .field("联系人", contactPerson, d.contactPerson())
                // The log keeps personal data masked like every other screen.
                .field("联系电话", PhoneMask.mask(contactPhone), PhoneMask.mask(d.contactPhone()));
        this.name = d.name();
        this.shortName = d.shortName();
        this.unitType = d.unitType();
        this.level = d.level();
        this.region = d.region();
        this.creditCode = d.creditCode();
        this.contactPerson = d.contactPerson();
        this.contactPhone = d.contactPhone();
        this.updatedAt = now;
        return changes;
    }

    /** Called once the id exists; a move rewrites the subtree's paths in one statement instead. */
    void placeUnder(Organization newParent) {
        this.parent = newParent;
        this.path = (newParent == null ? "/" : newParent.path) + id + "/";
    }

    boolean isAncestorOf(Organization other) {
        return other.path.startsWith(path) && !other.id.equals(id);
    }

    void disable(Instant now) {
        this.status = OrgStatus.DISABLED;
        this.updatedAt = now;
    }

    void enable(Instant now) {
        this.status = OrgStatus.ENABLED;
        this.updatedAt = now;
    }

    /** 功能区 (development zones): county-level associations without a region code of their own. */
    public boolean isFunctionalZone() {
        return unitType == UnitType.ASSOCIATION && level == OrgLevel.COUNTY && region == null;
    }

    /** Whether this unit is {@code ancestor} or lies beneath it. */
    public boolean isWithin(Organization ancestor) {
        return path.startsWith(ancestor.path);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getDisplayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public OrgLevel getLevel() {
        return level;
    }

    public Region getRegion() {
        return region;
    }

    public Organization getParent() {
        return parent;
    }

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    public String getPath() {
        return path;
    }

    /** How deep in the tree: a root is 0. */
    public int getDepth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public OrgStatus getStatus() {
        return status;
    }

    public boolean isEnabled() {
        return status == OrgStatus.ENABLED;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
