package cn.kepu.activity;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.kepu.attachment.StoredFile;
import cn.kepu.attachment.Upload;
import cn.kepu.support.ApiErrors;
import cn.kepu.support.PageView;
import cn.kepu.support.PhoneMask;
import cn.kepu.support.StaleVersion;

/** Campaigns and activity registration for other systems and scripts; the same rules and data scope as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "活动登记")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class ActivityApi {

    private final CampaignManagement campaigns;
    private final ActivityCatalog catalog;
    private final ActivityRegistration registration;
    private final ActivityReview review;
    private final ActivityEvidence evidence;

    ActivityApi(CampaignManagement campaigns, ActivityCatalog catalog, ActivityRegistration registration,
            ActivityReview review, ActivityEvidence evidence) {
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.registration = registration;
        this.review = review;
        this.evidence = evidence;
    }

    record CampaignView(long id, String name, String kind, String theme, String organizer, LocalDate eventStart, LocalDate eventEnd,
            LocalDate registrationStart, LocalDate registrationEnd, LocalDate keyPlanDeadline, LocalDate completionDeadline,
            LocalDate summaryDeadline, String namingPattern, boolean namingEnforced, boolean windowEnforced, boolean lateRefused,
            String countingRules, int maxPhotos) {
        static CampaignView of(Campaign c) {
            return new CampaignView(c.getId(), c.getName(), c.getKind().label(), c.getTheme(), c.getOrganizer().getName(),
                    c.getEventStart(), c.getEventEnd(), c.getRegistrationStart(), c.getRegistrationEnd(), c.getKeyPlanDeadline(),
                    c.getCompletionDeadline(), c.getSummaryDeadline(), c.getNamingPattern(), c.isNamingEnforced(),
                    c.isWindowEnforced(), c.isLateRefused(), c.getCountingRules(), c.getMaxPhotos());
        }
    }

    record LinkView(String kind, String url) {
    }

    record ActivityView(long id, long campaignId, String name, String organizer, String reviewer, LocalDateTime startsAt,
            LocalDateTime endsAt, String regionCode, String address, String onlineUrl, String personInCharge, String phone,
            List<String> topics, List<String> countedTopics, List<String> targetGroups, boolean keyActivity,
            Integer expectedParticipants, Integer actualParticipants, Integer volunteers, String description, String summary,
            String state, boolean late, boolean outsideWindow, String reviewComment, List<LinkView> links, long version) {
    }

    record Saved(ActivityView activity, List<String> warnings) {
    }

    record Review(boolean approve, String comment) {
    }

    record Completion(Integer actualParticipants, Integer volunteers, String summary, List<String> videoLinks,
            List<String> newsLinks) {
    }

    @GetMapping("/campaigns")
    @Operation(summary = "可见的活动（本单位上级举办的和本单位范围内举办的）")
    List<CampaignView> campaigns() {
        return campaigns.visible().stream().map(CampaignView::of).toList();
    }

    @GetMapping("/campaigns/{id}")
    CampaignView campaign(@PathVariable long id) {
        return CampaignView.of(campaigns.campaign(id));
    }

    @GetMapping("/activities")
    @Operation(summary = "数据权限内的活动登记，可按活动、状态、关键词筛选；toReview=true 为待本单位审核的")
    PageView<ActivityView> activities(@RequestParam(required = false) Long campaign, @RequestParam(required = false) ActivityState state,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean toReview,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageView.of(catalog.page(new ActivityCatalog.Filter(campaign, state, q, toReview), page, size), this::view);
    }


    /** A save on an old version: 409 with the record as it is now. */
    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        return ApiErrors.stale(e, view(catalog.activity(e.id())));
    }

    @GetMapping("/activities/{id}")
    ActivityView activity(@PathVariable long id) {
        return view(catalog.activity(id));
    }

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记活动；submit=true 同时提交审核。返回提醒（如命名不规范、期外、逾期）")
    Saved register(@RequestBody ActivityForm form, @RequestParam(defaultValue = "false") boolean submit) {
        ActivityRegistration.Saved saved = registration.save(null, form, submit);
        return new Saved(view(saved.activity()), saved.warnings());
    }

    @PutMapping("/activities/{id}")
    Saved update(@PathVariable long id, @RequestBody ActivityForm form, @RequestParam(defaultValue = "false") boolean submit) {
        ActivityRegistration.Saved saved = registration.save(id, form, submit);
        return new Saved(view(saved.activity()), saved.warnings());
    }

    @PostMapping("/activities/{id}/submit")
    Saved submit(@PathVariable long id) {
        ActivityRegistration.Saved saved = registration.submit(id);
        return new Saved(view(saved.activity()), saved.warnings());
    }

    @PostMapping("/activities/{id}/review")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "审核：approve=true 通过（立即计入指标），false 退回（须填写 comment）")
    ActivityView review(@PathVariable long id, @RequestBody Review decision) {
        return view(review.review(id, decision.approve(), decision.comment()));
    }

    record Withdrawal(String reason) {
    }

    @PostMapping("/activities/{id}/withdraw-approval")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "撤销审核通过：退回举办单位（须填写 reason），立即不再计入指标")
    ActivityView withdrawApproval(@PathVariable long id, @RequestBody Withdrawal withdrawal) {
        return view(review.withdrawApproval(id, withdrawal.reason()));
    }

    @DeleteMapping("/activities/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除草稿或已退回的活动")
    void delete(@PathVariable long id) {
        registration.delete(id);
    }

    @PostMapping(value = "/activities/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传活动照片（JPG/PNG，数量不超过活动设定的上限）")
    ActivityView photos(@PathVariable long id, @RequestPart("photos") List<MultipartFile> files) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files) {
            uploads.add(Upload.of(f));
        }
        evidence.addPhotos(id, uploads);
        return view(catalog.activity(id));
    }

    @PostMapping(value = "/activities/{id}/videos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传活动视频文件（MP4、MOV、AVI、WMV、FLV、MKV/WebM，每个活动最多3个）")
    ActivityView video(@PathVariable long id, @RequestPart("video") MultipartFile file) throws IOException {
        evidence.addVideo(id, Upload.of(file));
        return view(catalog.activity(id));
    }

    @PostMapping("/activities/{id}/complete")
    @Operation(summary = "信息完善：实际人数、总结、视频和新闻链接")
    Saved complete(@PathVariable long id, @RequestBody Completion c) {
        ActivityRegistration.Saved saved = evidence.complete(id, c.actualParticipants(), c.volunteers(), c.summary(),
                c.videoLinks(), c.newsLinks());
        return new Saved(view(saved.activity()), saved.warnings());
    }

    private ActivityView view(Activity a) {
        boolean close = catalog.organizes(a) || catalog.reviews(a);
        return new ActivityView(a.getId(), a.getCampaign().getId(), a.getName(), a.getOrganizer().getName(), a.getReviewer().getName(),
                a.getStartsAt(), a.getEndsAt(), a.getRegion() == null ? null : a.getRegion().getCode(), a.getAddress(), a.getOnlineUrl(),
                a.getPersonInCharge(), close ? a.getPhone() : PhoneMask.mask(a.getPhone()), a.getTopics(), a.getCountedTopics(),
                a.getTargetGroups(), a.isKeyActivity(), a.getExpectedParticipants(), a.getActualParticipants(), a.getVolunteers(),
                a.getDescription(), a.getSummary(), a.getState().name(), a.isLate(), a.isOutsideWindow(), a.getReviewComment(),
                a.getLinks().stream().map(l -> new LinkView(l.kind(), l.url())).toList(), a.getVersion());
    }
}
