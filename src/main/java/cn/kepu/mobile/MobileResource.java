package cn.kepu.mobile;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/** A 科普大篷车, a 流动科技馆 exhibit set or a set of 巡展 boards, kept by a unit. */
@Entity
@Table(name = "mobile_resource")
public class MobileResource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;
    private String name;
    @Enumerated(EnumType.STRING)
    private ResourceKind kind;
    private String note;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected MobileResource() {
    }

    MobileResource(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void set(Organization organization, String name, ResourceKind kind, String note) {
        this.organization = organization;
        this.name = name;
        this.kind = kind;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getName() {
        return name;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
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
