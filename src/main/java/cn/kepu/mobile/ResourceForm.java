package cn.kepu.mobile;

/** A resource as typed. */
public class ResourceForm {

    private Long organizationId;
    private String name;
    private String kind;
    private String note;
    private Long version;

    static ResourceForm of(MobileResource r) {
        ResourceForm f = new ResourceForm();
        f.organizationId = r.getOrganization().getId();
        f.name = r.getName();
        f.kind = r.getKind().name();
        f.note = r.getNote();
        f.version = r.getVersion();
        return f;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
