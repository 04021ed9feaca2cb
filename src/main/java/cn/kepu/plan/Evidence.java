package cn.kepu.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A photo, a document or a link backing a progress report. The file's bytes are in {@link EvidenceContent}. */
@Entity
class Evidence {

    public enum Kind {
        PHOTO("照片"), DOCUMENT("文件"), LINK("链接");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "report_id")
    private ProgressReport report;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String name;
    private String contentType;
    private Long size;
    private String url;

    protected Evidence() {
    }

    Evidence(ProgressReport report, Kind kind, String name, String contentType, long size, String url) {
        this.report = report;
        this.kind = kind;
        this.name = name;
        this.contentType = contentType;
        this.size = size;
        this.url = url;
    }

    public Long getId() {
        return id;
    }

    public ProgressReport getReport() {
        return report;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getSize() {
        return size;
    }

    public String getUrl() {
        return url;
    }
}
