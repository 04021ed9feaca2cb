package cn.kepu.plan;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import cn.kepu.org.Organization;

/**
 * 指标: "每个县市区 活动数 ≥ 60 项", "泰山区 新增科普中国信息员 = 3000 人". The subject is a unit type (a
 * selector) or one named organization; a quota without a subject applies to every responsible unit.
 */
@Entity
public class Quota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    private Task task;
    private String metric;
    @Enumerated(EnumType.STRING)
    @Column(name = "comparator")
    private Bound bound;
    private BigDecimal target;
    private String unit;
    private String period;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "subject_organization_id")
    private Organization subjectOrganization;
    @Enumerated(EnumType.STRING)
    private UnitSelector subjectSelector;
    private int position;

    protected Quota() {
    }

    int getPosition() {
        return position;
    }

    Quota(Task task, Terms terms, int position) {
        this.task = task;
        this.metric = terms.metric();
        this.bound = terms.bound();
        this.target = terms.target();
        this.unit = terms.unit();
        this.period = terms.period();
        this.subjectOrganization = terms.subjectOrganization();
        this.subjectSelector = terms.subjectSelector();
        this.position = position;
    }

    public record Terms(String metric, Bound bound, BigDecimal target, String unit, String period,
            Organization subjectOrganization, UnitSelector subjectSelector) {
    }

    /** Whether this quota sets a target for {@code unit} as a responsible unit of a plan issued by {@code issuer}. */
    public boolean appliesTo(Organization unit, Organization issuer) {
        if (subjectOrganization != null) {
            return subjectOrganization.getId().equals(unit.getId());
        }
        return subjectSelector == null || subjectSelector.selects(unit, issuer);
    }

    /** The metric a quota of this unit most likely counts (项 → 活动数, 条 → 新闻稿件 …), for proposals from documents. */
    public static String metricFor(String unit, String text) {
        return QuotaWording.metric(unit, text == null ? "" : text);
    }

    public String subjectLabel() {
        if (subjectOrganization != null) {
            return subjectOrganization.getDisplayName();
        }
        return subjectSelector == null ? "每个责任单位" : subjectSelector.label();
    }

    public String describe() {
        return subjectLabel() + " " + metric + " " + bound.symbol() + " " + Numbers.plain(target) + unit;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public String getMetric() {
        return metric;
    }

    public Bound getBound() {
        return bound;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public String getUnit() {
        return unit;
    }

    public String getPeriod() {
        return period;
    }

    public Organization getSubjectOrganization() {
        return subjectOrganization;
    }

    public UnitSelector getSubjectSelector() {
        return subjectSelector;
    }
}
