package cn.kepu.volunteer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 志愿服务记录: one volunteer's hours at one activity, with the team they served with. */
@Entity
@Table(name = "volunteer_service")
public class ServiceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long activityId;
    private String activityName;
    private LocalDate servedOn;
    @ManyToOne(optional = false)
    private VolunteerTeam team;
    @ManyToOne(optional = false)
    private Volunteer volunteer;
    private BigDecimal hours;
    private Instant recordedAt;
    private String recordedBy;
    @Version
    private long version;

    protected ServiceRecord() {
    }

    ServiceRecord(long activityId, String activityName, LocalDate servedOn, VolunteerTeam team, Volunteer volunteer) {
        this.activityId = activityId;
        this.activityName = activityName;
        this.servedOn = servedOn;
        this.team = team;
        this.volunteer = volunteer;
    }

    void serve(BigDecimal hours, Instant at, String by) {
        this.hours = hours;
        this.recordedAt = at;
        this.recordedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getActivityId() {
        return activityId;
    }

    public String getActivityName() {
        return activityName;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public VolunteerTeam getTeam() {
        return team;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
