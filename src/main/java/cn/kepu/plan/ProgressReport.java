package cn.kepu.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

/** 进展填报: what a responsible unit says about its assignment at one moment, with links; its files are attachments. */
@Entity
class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;
    @Enumerated(EnumType.STRING)
    private AssignmentState state;
    private String text;
    private String valuesText;
    private String reportedBy;
    private Instant reportedAt;
    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // batched by hibernate.default_batch_fetch_size; SUBSELECT re-ran the whole parent query
    private List<EvidenceLink> links = new ArrayList<>();

    protected ProgressReport() {
    }

    ProgressReport(Assignment assignment, AssignmentState state, String text, String valuesText, String reportedBy,
            Instant now) {
        this.assignment = assignment;
        this.state = state;
        this.text = text;
        this.valuesText = valuesText;
        this.reportedBy = reportedBy;
        this.reportedAt = now;
    }

    void link(String url) {
        links.add(new EvidenceLink(this, url));
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public AssignmentState getState() {
        return state;
    }

    public String getText() {
        return text;
    }

    public String getValuesText() {
        return valuesText;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public List<EvidenceLink> getLinks() {
        return links;
    }
}
