package cn.kepu.mobile;

/** A visit as typed: text fields, so that whatever was typed comes back with its message. */
public class VisitForm {

    private Long resourceId;
    private String visitDate;
    private String place;
    private Long townshipId;
    private String placeKind;
    private String hostUnit;
    private Long version;

    static VisitForm of(MobileVisit v) {
        VisitForm f = new VisitForm();
        f.resourceId = v.getResource().getId();
        f.visitDate = v.getVisitDate().toString();
        f.place = v.getPlace();
        f.townshipId = v.getTownship() == null ? null : v.getTownship().getId();
        f.placeKind = v.getPlaceKind().name();
        f.hostUnit = v.getHostUnit();
        f.version = v.getVersion();
        return f;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public void setResourceId(Long resourceId) {
        this.resourceId = resourceId;
    }

    public String getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(String visitDate) {
        this.visitDate = visitDate;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getTownshipId() {
        return townshipId;
    }

    public void setTownshipId(Long townshipId) {
        this.townshipId = townshipId;
    }

    public String getPlaceKind() {
        return placeKind;
    }

    public void setPlaceKind(String placeKind) {
        this.placeKind = placeKind;
    }

    public String getHostUnit() {
        return hostUnit;
    }

    public void setHostUnit(String hostUnit) {
        this.hostUnit = hostUnit;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
