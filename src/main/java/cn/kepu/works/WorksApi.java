package cn.kepu.works;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.kepu.support.PageView;
import cn.kepu.support.RuleViolation;

/**
 * 作品征集 for other systems: the same rights and data scope as the pages (404 for a call or work out of scope, 403
 * for a missing role). Phones appear only masked.
 */
@RestController
@Tag(name = "作品征集")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class WorksApi {

    private final WorkCatalog catalog;
    private final CallManagement management;
    private final WorkSubmission submission;
    private final WorkReview review;
    private final WorkResults results;

    WorksApi(WorkCatalog catalog, CallManagement management, WorkSubmission submission, WorkReview review, WorkResults results) {
        this.results = results;
        this.catalog = catalog;
        this.management = management;
        this.submission = submission;
        this.review = review;
    }

    record CategoryView(String category, String label, List<String> formats, int maxMb, boolean linkAllowed) {
    }

    record ExpertView(long expertId, String name, String employer) {
    }

    record CallView(long id, long issuerId, String issuer, String title, int year, LocalDate opensOn, LocalDate closesOn,
            String rules, String stage, List<CategoryView> categories, List<ExpertView> panel, long version) {
    }

    record ScoreView(long expertId, String expert, BigDecimal points) {
    }

    record WorkView(long id, long callId, String category, String title, String authors, String authorUnit,
            Long submittingUnitId, String phoneMasked, String link, String state, String returnReason,
            List<ScoreView> scores, BigDecimal meanScore, String award, long version) {
    }

    record NewCategory(String category, List<String> formats, String maxMb, Boolean linkAllowed) {
    }

    record NewCall(Long issuerId, String title, Integer year, LocalDate opensOn, LocalDate closesOn, String rules,
            List<NewCategory> categories) {
    }

    record NewWork(Long submittingUnitId, String category, String title, String authors, String authorUnit, String phone,
            String link, String summary, Boolean original, Boolean consent) {
    }

    record NewScore(Long expertId, String points) {
    }

    @GetMapping("/api/v1/work-calls")
    @Operation(summary = "征集通知：本单位及下级发布的，和上级发布给本单位的")
    List<CallView> calls() {
        return catalog.calls().stream().map(this::view).toList();
    }

    @GetMapping("/api/v1/work-calls/{id}")
    CallView call(@PathVariable long id) {
        return view(catalog.call(id));
    }

    @PostMapping("/api/v1/work-calls")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "发布征集通知：类别为 BOOK/VIDEO/ANIMATION/POSTER/TALK，格式为 PDF/JPG/PNG/MP4，大小以MB计；不填格式时用该类别的默认规则")
    CallView open(@RequestBody NewCall body) {
        CallForm form = CallForm.blank();
        form.setIssuerId(body.issuerId());
        form.setTitle(body.title());
        form.setYear(body.year());
        form.setOpensOn(body.opensOn());
        form.setClosesOn(body.closesOn());
        form.setRules(body.rules());
        for (NewCategory c : body.categories() == null ? List.<NewCategory>of() : body.categories()) {
            WorkCategory category = enumOf(WorkCategory.class, c.category(), "categories", "作品类别");
            for (CallForm.Row row : form.getRows()) {
                if (row.getCategory() == category) {
                    row.setChosen(true);
                    if (c.formats() != null) {
                        List<WorkFormat> formats = new ArrayList<>();
                        c.formats().forEach(f -> formats.add(enumOf(WorkFormat.class, f, "categories", "文件格式")));
                        row.setFormats(formats);
                    }
                    if (c.maxMb() != null) {
                        row.setMaxMb(c.maxMb());
                    }
                    if (c.linkAllowed() != null) {
                        row.setLinkAllowed(c.linkAllowed());
                    }
                }
            }
        }
        return view(management.open(form));
    }

    @GetMapping("/api/v1/works")
    @Operation(summary = "一个征集通知的作品（分页，每页50件，page 从 0 起）：发布单位看全部，报送单位看本单位及下级报送的；电话只显示掩码")
    PageView<WorkView> works(@RequestParam long callId, @RequestParam(defaultValue = "0") int page) {
        return PageView.of(catalog.works(catalog.call(callId), page), WorksApi::view);
    }

    @GetMapping("/api/v1/works/{id}")
    WorkView work(@PathVariable long id) {
        return view(catalog.work(id));
    }

    @PostMapping("/api/v1/works")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "单位报送作品（链接形式；文件请在页面上传）：callId 为征集通知，须确认原创和同意公开")
    WorkView submit(@RequestParam long callId, @RequestBody NewWork body) {
        SubmissionForm form = new SubmissionForm();
        form.setSubmittingUnitId(body.submittingUnitId());
        form.setCategory(body.category() == null ? null : enumOf(WorkCategory.class, body.category(), "category", "作品类别"));
        form.setTitle(body.title());
        form.setAuthors(body.authors());
        form.setAuthorUnit(body.authorUnit());
        form.setPhone(body.phone());
        form.setLink(body.link());
        form.setSummary(body.summary());
        form.setOriginal(Boolean.TRUE.equals(body.original()));
        form.setConsent(Boolean.TRUE.equals(body.consent()));
        return view(submission.submitForUnit(callId, form, null));
    }

    @PostMapping("/api/v1/works/{id}/scores")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "录入评审专家组中一位专家的评分（0—100，最多一位小数）；与作者同单位的专家回避")
    WorkView score(@PathVariable long id, @RequestBody NewScore body) {
        if (body.expertId() == null) {
            throw new RuleViolation("expertId", "请指定专家");
        }
        if (body.points() == null || body.points().isBlank()) {
            throw new RuleViolation("points", "请填写评分");
        }
        return view(review.score(id, body.expertId(), WorkReview.parse(body.points())));
    }

    record ResultLine(int rank, long workId, String title, String authors, String authorUnit, int scores, BigDecimal mean) {
    }

    record CategoryResultView(String category, String categoryLabel, int works, int scored, List<ResultLine> lines) {
    }

    @GetMapping("/api/v1/work-calls/{id}/results")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "评审结果：每类按平均分排名（五个及以上评分去掉最高分和最低分），同分并列；limit 为每类列出的名次数（默认100）")
    List<CategoryResultView> results(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "100") int limit) {
        WorkCall call = catalog.call(id);
        if (!catalog.reviews(call)) {
            throw new cn.kepu.support.NotFoundException("征集通知");
        }
        return results.of(id, Math.max(1, Math.min(limit, 10_000))).stream().map(c -> new CategoryResultView(c.category().name(),
                c.category().label(), c.works(), c.scored(), c.lines().stream().map(l -> new ResultLine(l.rank(), l.workId(), l.title(), l.authors(),
                        l.authorUnit(), l.scores(), l.mean())).toList())).toList();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String field, String label) {
        try {
            return Enum.valueOf(type, name == null ? "" : name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "没有这种" + label + "：“" + name + "”");
        }
    }

    private CallView view(WorkCall c) {
        return new CallView(c.getId(), c.getIssuer().getId(), c.getIssuer().getName(), c.getTitle(), c.getYear(), c.getOpensOn(),
                c.getClosesOn(), c.getRules(), c.stageOn(catalog.today()),
                c.getCategories().stream().map(x -> new CategoryView(x.getCategory().name(), x.getCategory().label(),
                        x.getFormats().stream().map(Enum::name).toList(), x.getMaxMb(), x.isLinkAllowed())).toList(),
                c.getPanel().stream().map(e -> new ExpertView(e.expertId(), e.name(), e.employer())).toList(), c.getVersion());
    }

    static WorkView view(Work w) {
        return new WorkView(w.getId(), w.getCall().getId(), w.getCategory().label(), w.getTitle(), w.getAuthors(), w.getAuthorUnit(),
                w.getSubmittingUnit() == null ? null : w.getSubmittingUnit().getId(), w.getPhoneMasked(), w.getLink(),
                w.getState().label(), w.getReturnReason(),
                w.getScores().stream().map(s -> new ScoreView(s.expertId(), s.expertName(), s.points())).toList(),
                w.meanScore().orElse(null), w.getAward() == null ? null : w.getAward().label(), w.getVersion());
    }
}
