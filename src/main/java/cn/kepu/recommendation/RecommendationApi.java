package cn.kepu.recommendation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.kepu.org.Organization;

/** 推荐评选 for other systems and scripts: the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "推荐评选")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class RecommendationApi {

    private final RoundCatalog catalog;
    private final RoundOpening opening;
    private final Recommending recommending;
    private final RecommendationReview review;
    private final Forwarding forwarding;

    RecommendationApi(RoundCatalog catalog, RoundOpening opening, Recommending recommending, RecommendationReview review,
            Forwarding forwarding) {
        this.catalog = catalog;
        this.opening = opening;
        this.recommending = recommending;
        this.review = review;
        this.forwarding = forwarding;
    }

    record UnitView(long id, String name) {
        static UnitView of(Organization o) {
            return new UnitView(o.getId(), o.getName());
        }
    }

    record RoundView(long id, String title, UnitView issuer, String kind, String kindLabel, String formPreset, Long campaignId,
            String campaignName, List<UnitView> recommenders, int quota, LocalDate deadline, Long nextRoundId, String stage,
            String stageLabel, LocalDate publicityUntil) {
    }

    record RecommendationView(long id, long roundId, String round, UnitView recommender, Long activityId, Long unitId,
            String subjectName, String unitName, String unitLevel, Integer staffCount, String contactPerson, String contactPhone,
            String mainText, String recommenderOpinion, String state, String stateLabel, String reviewOpinion,
            String returnReason, BigDecimal meanScore, int scores, boolean selected, Long forwardedFromId, Instant submittedAt) {
    }

    record PageView(List<RecommendationView> items, long total, int page, int size) {
    }

    record NewRound(String title, RoundKind kind, FormPreset formPreset, Long campaignId, List<Long> recommenderIds,
            Integer quota, LocalDate deadline, Long nextRoundId) {
    }

    record NewRecommendation(Long roundId, Long activityId, Long unitId, String subjectName, String unitName, String unitLevel,
            Integer staffCount, String contactPerson, String contactPhone, String mainText, String recommenderOpinion,
            Boolean submit) {
    }

    record Review(RecommendationState decision, String opinion, String reason) {
    }

    @GetMapping("/recommendation-rounds")
    @Operation(summary = "可见的推荐评选：本单位范围内发起的，以及邀请本单位范围内单位推荐的")
    List<RoundView> rounds() {
        return catalog.rounds().stream().map(this::view).toList();
    }

    @GetMapping("/recommendation-rounds/{id}")
    RoundView round(@PathVariable long id) {
        return view(catalog.round(id));
    }

    @PostMapping("/recommendation-rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "发起推荐评选：推荐单位须是本单位的直属下级；kind=ACTIVITY 时须选择所属活动（campaignId）")
    RoundView open(@RequestBody NewRound body) {
        RoundForm f = new RoundForm();
        f.setTitle(body.title());
        f.setKind(body.kind());
        f.setFormPreset(body.formPreset());
        f.setCampaignId(body.campaignId());
        f.setRecommenderIds(body.recommenderIds() == null ? new ArrayList<>() : new ArrayList<>(body.recommenderIds()));
        f.setQuota(body.quota());
        f.setDeadline(body.deadline());
        f.setNextRoundId(body.nextRoundId());
        return view(opening.open(f));
    }

    @GetMapping("/recommendations")
    @Operation(summary = "一轮推荐评选中可见的推荐（发起单位看全部，推荐单位看本单位的），可按推荐单位、状态、拟表彰筛选，分页")
    PageView recommendations(@RequestParam long roundId, @RequestParam(required = false) Long recommenderId,
            @RequestParam(required = false) RecommendationState state, @RequestParam(defaultValue = "false") boolean selectedOnly,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Page<Recommendation> found = catalog.recommendations(catalog.round(roundId),
                new RoundCatalog.Filter(recommenderId, state, selectedOnly), page, Math.min(Math.max(size, 1), 200));
        return new PageView(found.getContent().stream().map(RecommendationApi::view).toList(), found.getTotalElements(),
                found.getNumber(), found.getSize());
    }

    @GetMapping("/recommendations/{id}")
    RecommendationView recommendation(@PathVariable long id) {
        return view(catalog.recommendation(id));
    }

    @PostMapping("/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "推荐：活动须属本轮所属活动、已通过且信息已完善、由本单位或下级单位举办；名额和截止日期有效；submit=true 时直接提交")
    RecommendationView recommend(@RequestBody NewRecommendation body) {
        if (body.roundId() == null) {
            throw new cn.kepu.support.RuleViolation("roundId", "请指定推荐评选（roundId）");
        }
        RecommendationForm f = new RecommendationForm();
        f.setActivityId(body.activityId());
        f.setUnitId(body.unitId());
        f.setSubjectName(body.subjectName());
        f.setUnitName(body.unitName());
        f.setUnitLevel(body.unitLevel());
        f.setStaffCount(body.staffCount());
        f.setContactPerson(body.contactPerson());
        f.setContactPhone(body.contactPhone());
        f.setMainText(body.mainText());
        f.setRecommenderOpinion(body.recommenderOpinion());
        return view(recommending.create(body.roundId(), f, Boolean.TRUE.equals(body.submit())));
    }

    @PostMapping("/recommendations/{id}/submit")
    RecommendationView submit(@PathVariable long id) {
        return view(recommending.submit(id));
    }

    @PostMapping("/recommendations/{id}/review")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "审核：decision 为 PASSED（通过）、RETURNED（退回，须填 reason）或 REJECTED（不通过），opinion 为审核意见")
    RecommendationView review(@PathVariable long id, @RequestBody Review body) {
        return view(review.review(id, body.decision(), body.opinion(), body.reason()));
    }

    @PostMapping("/recommendations/{id}/forward")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "报送上一级：把选为拟表彰的推荐作为本单位的推荐提交到上一级推荐评选，保留推荐经过")
    @ResponseStatus(HttpStatus.CREATED)
    RecommendationView forward(@PathVariable long id) {
        Recommendation r = catalog.recommendation(id);
        return view(forwarding.forward(r.getRound().getId(), List.of(id)).get(0));
    }

    private RoundView view(RecommendationRound r) {
        return new RoundView(r.getId(), r.getTitle(), UnitView.of(r.getIssuer()), r.getKind().name(), r.getKind().label(),
                r.getFormPreset().name(), r.getCampaignId(), r.getCampaignName(),
                catalog.recommenders(r).stream().map(UnitView::of).toList(), r.getQuota(), r.getDeadline(),
                r.getNextRound() == null ? null : r.getNextRound().getId(), r.getStage().name(), r.getStage().label(),
                r.getPublicityUntil());
    }

    private static RecommendationView view(Recommendation r) {
        return new RecommendationView(r.getId(), r.getRound().getId(), r.getRound().getTitle(), UnitView.of(r.getRecommender()),
                r.getActivityId(), r.getUnit() == null ? null : r.getUnit().getId(), r.getSubjectName(), r.getUnitName(),
                r.getUnitLevel(), r.getStaffCount(), r.getContactPerson(), r.getContactPhone(), r.getMainText(),
                r.getRecommenderOpinion(), r.getState().name(), r.getState().label(), r.getReviewOpinion(), r.getReturnReason(),
                r.meanScore().orElse(null), r.getScores().size(), r.isSelected(),
                r.getForwardedFrom() == null ? null : r.getForwardedFrom().getId(), r.getSubmittedAt());
    }
}
