package cn.kepu.works;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import cn.kepu.org.Organization;
import cn.kepu.support.PanelMean;
import cn.kepu.support.PersonalDataCipher;
import cn.kepu.support.PhoneMask;

/**
 * A work submitted to a call: its category, title, authors and their unit, the file (an attachment) or a link, the
 * author's phone sealed (only its mask shown), and what became of it: 形式审查, the panel's scores, an award.
 */
@Entity
@Table(name = "work")
public class Work {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    private WorkCall call;
    @Enumerated(EnumType.STRING)
    private WorkCategory category;
    private String title;
    private String authors;
    private String authorUnit;
    @ManyToOne(fetch = FetchType.EAGER)
    private Organization submittingUnit;
    private String phoneSealed;
    private String phoneMasked;
    private String link;
    private String summary;
    private String clientAddress;
    private Instant submittedAt;
    private String submittedBy;
    @Enumerated(EnumType.STRING)
    private WorkState state;
    private String returnReason;
    private Instant checkedAt;
    private String checkedBy;
    @Enumerated(EnumType.STRING)
    private Award award;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_score", joinColumns = @JoinColumn(name = "work_id"))
    @BatchSize(size = 100)
    private List<WorkScore> scores = new ArrayList<>();
    @Version
    private long version;

    protected Work() {
    }

    Work(WorkCall call, WorkCategory category, String title, String authors, String authorUnit, Organization submittingUnit,
            String phone, PersonalDataCipher cipher, String link, String summary, String clientAddress, Instant at, String by) {
        this.call = call;
        this.category = category;
        this.title = title;
        this.authors = authors;
        this.authorUnit = authorUnit;
        this.submittingUnit = submittingUnit;
        this.phoneSealed = cipher.encrypt(phone);
        this.phoneMasked = PhoneMask.mask(phone);
        this.link = link;
        this.summary = summary;
        this.clientAddress = clientAddress;
        this.submittedAt = at;
        this.submittedBy = by;
        this.state = WorkState.SUBMITTED;
    }

    void check(boolean accept, String reason, Instant at, String by) {
        this.state = accept ? WorkState.ACCEPTED : WorkState.RETURNED;
        this.returnReason = accept ? null : reason;
        this.checkedAt = at;
        this.checkedBy = by;
        if (!accept) {
            this.award = null;
        }
    }

    void score(PanelExpert expert, BigDecimal points, String by, Instant at) {
        scores.removeIf(s -> s.expertId() == expert.expertId());
        scores.add(new WorkScore(expert.expertId(), expert.name(), points, by, at));
    }

    void award(Award award) {
        this.award = award;
    }

    public Optional<BigDecimal> meanScore() {
        return PanelMean.of(scores.stream().map(WorkScore::points).toList());
    }

    public Optional<WorkScore> scoreOf(long expertId) {
        return scores.stream().filter(s -> s.expertId() == expertId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public WorkCall getCall() {
        return call;
    }

    public WorkCategory getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthors() {
        return authors;
    }

    public String getAuthorUnit() {
        return authorUnit;
    }

    public Organization getSubmittingUnit() {
        return submittingUnit;
    }

    String getPhoneSealed() {
        return phoneSealed;
    }

    public String getPhoneMasked() {
        return phoneMasked;
    }

    public String getLink() {
        return link;
    }

    public String getSummary() {
        return summary;
    }

    String getClientAddress() {
        return clientAddress;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public WorkState getState() {
        return state;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public Award getAward() {
        return award;
    }

    public List<WorkScore> getScores() {
        return scores;
    }

    public long getVersion() {
        return version;
    }
}
