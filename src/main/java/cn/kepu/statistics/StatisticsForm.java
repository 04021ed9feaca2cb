package cn.kepu.statistics;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/** A unit's 科普统计 of one year: its figures per item, a draft until submitted (then frozen, unless the unit above returns it). */
@Entity
@Table(name = "statistics_form")
public class StatisticsForm {

    /** Where a form stands. */
    public enum State {
        DRAFT("填报中"), SUBMITTED("已上报"), RETURNED("已退回");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Organization unit;
    private int reportYear;
    @Enumerated(EnumType.STRING)
    private State state = State.DRAFT;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "statistics_value", joinColumns = @JoinColumn(name = "form_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "item")
    private Map<StatisticsItem, Entry> entries = new HashMap<>();
    private String submittedBy;
    private Instant submittedAt;
    private String returnReason;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected StatisticsForm() {
    }

    StatisticsForm(Organization unit, int reportYear) {
        this.unit = unit;
        this.reportYear = reportYear;
    }

    /** Whether its figures may still change (a draft, or returned for changes). */
    public boolean isOpen() {
        return state != State.SUBMITTED;
    }

    void replace(Map<StatisticsItem, Entry> figures, String by, Instant at) {
        entries.clear();
        entries.putAll(figures);
        updatedBy = by;
        updatedAt = at;
    }

    void submit(String by, Instant at) {
        state = State.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        returnReason = null;
    }

    void returnForChanges(String reason, String by, Instant at) {
        state = State.RETURNED;
        returnReason = reason;
        updatedBy = by;
        updatedAt = at;
    }

    /** The figures in the items' order. */
    public Map<StatisticsItem, Entry> entries() {
        Map<StatisticsItem, Entry> ordered = new EnumMap<>(StatisticsItem.class);
        ordered.putAll(entries);
        return ordered;
    }

    public Long getId() {
        return id;
    }

    public Organization getUnit() {
        return unit;
    }

    public int getReportYear() {
        return reportYear;
    }

    public State getState() {
        return state;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public long getVersion() {
        return version;
    }
}
