package cn.kepu.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A link backing a progress report — a news report, a video online. Files are attachments of the report. */
@Entity
@Table(name = "evidence")
class EvidenceLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "report_id")
    private ProgressReport report;
    // The table once held files too; what is left in it is links.
    private String kind = "LINK";
    private String name;
    private String url;

    protected EvidenceLink() {
    }

    EvidenceLink(ProgressReport report, String url) {
        this.report = report;
        this.name = url;
        this.url = url;
    }

    public Long getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }
}
