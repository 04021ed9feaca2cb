package cn.kepu.literacy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
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

/**
 * 公民具备科学素质的比例 as measured for a region in a year: the region's association stands for the region (none: the
 * whole country), with the survey's sample, margin of error and source, and its breakdowns.
 */
@Entity
@Table(name = "literacy_rate")
public class LiteracyRate {

    static final String NATIONAL = "全国";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "region_id")
    private Organization region;
    private int surveyYear;
    private BigDecimal rate;
    private Integer sampleSize;
    private BigDecimal marginOfError;
    private String sourceName;
    private LocalDate surveyedOn;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "literacy_breakdown", joinColumns = @JoinColumn(name = "rate_id"))
    @OrderColumn(name = "position")
    private List<Breakdown> breakdowns = new ArrayList<>();
    private String enteredBy;
    private Instant enteredAt;
    @Version
    private long version;

    protected LiteracyRate() {
    }

    LiteracyRate(Organization region, int surveyYear) {
        this.region = region;
        this.surveyYear = surveyYear;
    }

    void set(BigDecimal rate, Integer sampleSize, BigDecimal marginOfError, String sourceName, LocalDate surveyedOn,
            List<Breakdown> breakdowns, String enteredBy, Instant enteredAt) {
        this.rate = rate;
        this.sampleSize = sampleSize;
        this.marginOfError = marginOfError;
        this.sourceName = sourceName;
        this.surveyedOn = surveyedOn;
        this.breakdowns.clear();
        this.breakdowns.addAll(breakdowns);
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    /** 全国, or the region's name without the association's suffix ("泰山区科学技术协会" → 泰山区). */
    public String regionName() {
        return region == null ? NATIONAL : regionName(region);
    }

    /** The region an association stands for, by its name: "泰山区科学技术协会" → 泰山区. */
    public static String regionName(Organization region) {
        String name = region.getName();
        for (String suffix : new String[] {"科学技术协会", "科协"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    public Long getId() {
        return id;
    }

    public Organization getRegion() {
        return region;
    }

    public int getSurveyYear() {
        return surveyYear;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public Integer getSampleSize() {
        return sampleSize;
    }

    public BigDecimal getMarginOfError() {
        return marginOfError;
    }

    public String getSourceName() {
        return sourceName;
    }

    public LocalDate getSurveyedOn() {
        return surveyedOn;
    }

    public List<Breakdown> getBreakdowns() {
        return breakdowns;
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
