package cn.kepu.recommendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** What an issuer types to open a round. */
public class RoundForm {

    private String title;
    private RoundKind kind = RoundKind.ACTIVITY;
    private FormPreset formPreset;
    private Long campaignId;
    private List<Long> recommenderIds = new ArrayList<>();
    private Integer quota;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    private Long nextRoundId;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public RoundKind getKind() {
        return kind;
    }

    public void setKind(RoundKind kind) {
        this.kind = kind;
    }

    public FormPreset getFormPreset() {
        return formPreset;
    }

    public void setFormPreset(FormPreset formPreset) {
        this.formPreset = formPreset;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public List<Long> getRecommenderIds() {
        return recommenderIds;
    }

    public void setRecommenderIds(List<Long> recommenderIds) {
        this.recommenderIds = recommenderIds == null ? new ArrayList<>() : recommenderIds;
    }

    public Integer getQuota() {
        return quota;
    }

    public void setQuota(Integer quota) {
        this.quota = quota;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Long getNextRoundId() {
        return nextRoundId;
    }

    public void setNextRoundId(Long nextRoundId) {
        this.nextRoundId = nextRoundId;
    }
}
