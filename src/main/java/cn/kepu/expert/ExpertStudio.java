package cn.kepu.expert;

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

/** 科普专家工作室: led by one expert of the registry, under a unit. */
@Entity
public class ExpertStudio {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private Organization unit;
    private String name;
    @ManyToOne(optional = false)
    private Expert leadExpert;
    private LocalDate establishedOn;
    @Enumerated(EnumType.STRING)
    private ExpertField field;
    private String description;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    protected ExpertStudio() {
    }

    ExpertStudio(Instant createdAt, String createdBy) {
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void describe(Organization unit, String name, Expert lead, LocalDate establishedOn, ExpertField field,
            String description) {
        this.unit = unit;
        this.name = name;
        this.leadExpert = lead;
        this.establishedOn = establishedOn;
        this.field = field;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Organization getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public Expert getLeadExpert() {
        return leadExpert;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public ExpertField getField() {
        return field;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }
}
