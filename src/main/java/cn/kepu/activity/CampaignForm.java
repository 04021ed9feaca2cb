package cn.kepu.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a person types for a campaign. {@code quotaIds} are the plan quotas every approved activity counts toward;
 * {@code foodSafetyQuotaIds} those only activities counting as 食品安全 count toward.
 */
class CampaignForm {

    private Long version;
    private String name;
    private CampaignKind kind = CampaignKind.SCIENCE_DAY;
    private String theme;
    private Long organizerId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate eventStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate eventEnd;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registrationEnd;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate keyPlanDeadline;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate completionDeadline;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate summaryDeadline;
    private String namingPattern;
    private boolean namingEnforced;
    private boolean windowEnforced;
    private boolean lateRefused;
    private String countingRules = "食品安全=食品安全";
    private Integer maxPhotos = 5;
    private List<Long> quotaIds = new ArrayList<>();
    private List<Long> foodSafetyQuotaIds = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public void setOrganizerId(Long organizerId) {
        this.organizerId = organizerId;
    }

    public LocalDate getEventStart() {
        return eventStart;
    }

    public void setEventStart(LocalDate eventStart) {
        this.eventStart = eventStart;
    }

    public LocalDate getEventEnd() {
        return eventEnd;
    }

    public void setEventEnd(LocalDate eventEnd) {
        this.eventEnd = eventEnd;
    }

    public LocalDate getRegistrationStart() {
        return registrationStart;
    }

    public void setRegistrationStart(LocalDate registrationStart) {
        this.registrationStart = registrationStart;
    }

    public LocalDate getRegistrationEnd() {
        return registrationEnd;
    }

    public void setRegistrationEnd(LocalDate registrationEnd) {
        this.registrationEnd = registrationEnd;
    }

    public LocalDate getKeyPlanDeadline() {
        return keyPlanDeadline;
    }

    public void setKeyPlanDeadline(LocalDate keyPlanDeadline) {
        this.keyPlanDeadline = keyPlanDeadline;
    }

    public LocalDate getCompletionDeadline() {
        return completionDeadline;
    }

    public void setCompletionDeadline(LocalDate completionDeadline) {
        this.completionDeadline = completionDeadline;
    }

    public LocalDate getSummaryDeadline() {
        return summaryDeadline;
    }

    public void setSummaryDeadline(LocalDate summaryDeadline) {
        this.summaryDeadline = summaryDeadline;
    }

    public String getNamingPattern() {
        return namingPattern;
    }

    public void setNamingPattern(String namingPattern) {
        this.namingPattern = namingPattern;
    }

    public boolean isNamingEnforced() {
        return namingEnforced;
    }

    public void setNamingEnforced(boolean namingEnforced) {
        this.namingEnforced = namingEnforced;
    }

    public boolean isWindowEnforced() {
        return windowEnforced;
    }

    public void setWindowEnforced(boolean windowEnforced) {
        this.windowEnforced = windowEnforced;
    }

    public boolean isLateRefused() {
        return lateRefused;
    }

    public void setLateRefused(boolean lateRefused) {
        this.lateRefused = lateRefused;
    }

    public String getCountingRules() {
        return countingRules;
    }

    public void setCountingRules(String countingRules) {
        this.countingRules = countingRules;
    }

    public Integer getMaxPhotos() {
        return maxPhotos;
    }

    public void setMaxPhotos(Integer maxPhotos) {
        this.maxPhotos = maxPhotos;
    }

    public List<Long> getQuotaIds() {
        return quotaIds;
    }

    public void setQuotaIds(List<Long> quotaIds) {
        this.quotaIds = quotaIds;
    }

    public List<Long> getFoodSafetyQuotaIds() {
        return foodSafetyQuotaIds;
    }

    public void setFoodSafetyQuotaIds(List<Long> foodSafetyQuotaIds) {
        this.foodSafetyQuotaIds = foodSafetyQuotaIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
