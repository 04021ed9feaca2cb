package cn.kepu.informant;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/** One unit's month: the informants newly registered in it and, if known, the total registered at its end. */
@Entity
@Table(name = "informant_count")
public class InformantCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Organization unit;
    private int periodYear;
    private int periodMonth;
    private int newlyRegistered;
    private Integer totalRegistered;
    private String sourceNote;
    private String enteredBy;
    private Instant enteredAt;
    @Version
    private long version;

    protected InformantCount() {
    }

    InformantCount(Organization unit, int periodYear, int periodMonth) {
        this.unit = unit;
        this.periodYear = periodYear;
        this.periodMonth = periodMonth;
    }

    void set(int newlyRegistered, Integer totalRegistered, String sourceNote, String enteredBy, Instant enteredAt) {
        this.newlyRegistered = newlyRegistered;
        this.totalRegistered = totalRegistered;
        this.sourceNote = sourceNote;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public String period() {
        return periodYear + "年" + periodMonth + "月";
    }

    public Long getId() {
        return id;
    }

    public Organization getUnit() {
        return unit;
    }

    public int getPeriodYear() {
        return periodYear;
    }

    public int getPeriodMonth() {
        return periodMonth;
    }

    public int getNewlyRegistered() {
        return newlyRegistered;
    }

    public Integer getTotalRegistered() {
        return totalRegistered;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public long getVersion() {
        return version;
    }
}
