package cn.kepu.volunteer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;
import cn.kepu.support.PhoneMask;

/** 科技志愿服务队, managed by one unit (the data scope follows that unit). */
@Entity
public class VolunteerTeam {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    private Organization unit;
    private String name;
    @Enumerated(EnumType.STRING)
    private ServiceField field;
    private String leaderName;
    private String leaderPhone;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    protected VolunteerTeam() {
    }

    VolunteerTeam(Organization unit, String name, ServiceField field, String leaderName, String leaderPhone,
            Instant createdAt, String createdBy) {
        this.unit = unit;
        this.name = name;
        this.field = field;
        this.leaderName = leaderName;
        this.leaderPhone = leaderPhone;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void change(Organization unit, String name, ServiceField field, String leaderName, String leaderPhone) {
        this.unit = unit;
        this.name = name;
        this.field = field;
        this.leaderName = leaderName;
        this.leaderPhone = leaderPhone;
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

    public ServiceField getField() {
        return field;
    }

    public String getLeaderName() {
        return leaderName;
    }

    /** The leader's phone as lists show it: 138****5678. */
    public String getLeaderPhoneMasked() {
        return PhoneMask.mask(leaderPhone);
    }

    String getLeaderPhone() {
        return leaderPhone;
    }
}
