package cn.kepu.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.kepu.org.Organization;

/**
 * 考核方案: an issuer's assessment of the units beneath it for a year — its full score, its grade bands, when units
 * assess themselves, how long results stay in 公示 — and where it stands. Its indicators are {@link SchemeIndicator}s.
 */
@Entity
@Table(name = "assessment_scheme")
public class Scheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "issuer_id")
    private Organization issuer;
    @Column(name = "assessment_year")
    private int year;
    private String title;
    private String documentNumber;
    private BigDecimal totalPoints;
    private String grading;
    private String bands;
    private LocalDate selfAssessmentDeadline;
    private int publicityDays = 7;
    private LocalDate publicityEnds;
    @Enumerated(EnumType.STRING)
    private SchemeState state = SchemeState.DRAFT;
    private Instant frozenAt;
    private String bulletinBody;
    private Long previousId;
    private Instant createdAt;
    @Version
    private long version;

    protected Scheme() {
    }

    Scheme(Organization issuer, Instant now) {
        this.issuer = issuer;
        this.createdAt = now;
    }

    void apply(SchemeForm f, BandsText bands) {
        year = f.getYear();
        title = f.getTitle().strip();
        documentNumber = f.getDocumentNumber() == null || f.getDocumentNumber().isBlank() ? null : f.getDocumentNumber().strip();
        totalPoints = f.getTotalPoints();
        grading = bands.byShare() ? "SHARE" : "SCORE";
        this.bands = bands.text();
        selfAssessmentDeadline = f.getSelfAssessmentDeadline();
        publicityDays = f.getPublicityDays() == null ? 7 : f.getPublicityDays();
        previousId = f.getPreviousId();
    }

    Grades grades() {
        return BandsText.parse(bands, "SHARE".equals(grading)).grades();
    }

    void moveTo(SchemeState next) {
        state = next;
    }

    void freeze(Instant at) {
        frozenAt = at;
    }

    void openPublicity(LocalDate ends) {
        state = SchemeState.PUBLICITY;
        publicityEnds = ends;
    }

    void writeBulletin(String body) {
        bulletinBody = body;
    }

    public Long getId() {
        return id;
    }

    public Organization getIssuer() {
        return issuer;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public BigDecimal getTotalPoints() {
        return totalPoints;
    }

    public String getGrading() {
        return grading;
    }

    public String getBands() {
        return bands;
    }

    public LocalDate getSelfAssessmentDeadline() {
        return selfAssessmentDeadline;
    }

    public int getPublicityDays() {
        return publicityDays;
    }

    public LocalDate getPublicityEnds() {
        return publicityEnds;
    }

    public SchemeState getState() {
        return state;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public String getBulletinBody() {
        return bulletinBody;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
