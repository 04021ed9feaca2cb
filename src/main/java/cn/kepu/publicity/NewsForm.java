package cn.kepu.publicity;

/** What a person types for a news item, kept as typed so that a refused form comes back unchanged. */
public class NewsForm {

    private Long unitId;
    private String title;
    private String body;
    private Long activityId;
    private String links;
    private Long version;

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getActivityId() {
        return activityId;
    }

    public void setActivityId(Long activityId) {
        this.activityId = activityId;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    static NewsForm of(NewsItem item) {
        NewsForm f = new NewsForm();
        f.unitId = item.getUnit().getId();
        f.title = item.getTitle();
        f.body = item.getBody();
        f.activityId = item.getActivityId();
        f.links = item.getLinks();
        f.version = item.getVersion();
        return f;
    }
}
