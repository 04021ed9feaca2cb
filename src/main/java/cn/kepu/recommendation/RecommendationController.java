package cn.kepu.recommendation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.attachment.Owner;
import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Upload;
import cn.kepu.org.Organization;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;

/** 推荐评选 pages: rounds, opening one, recommending with the pre-filled form, reviewing, forwarding, the forms. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class RecommendationController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final int PAGE_SIZE = 50;

    private final RoundCatalog catalog;
    private final RoundOpening opening;
    private final Recommending recommending;
    private final RecommendationReview review;
    private final Forwarding forwarding;
    private final RoundPublishing publishing;
    private final RecommendationSheets sheets;
    private final Attachments attachments;

    RecommendationController(RoundCatalog catalog, RoundOpening opening, Recommending recommending,
            RecommendationReview review, Forwarding forwarding, RoundPublishing publishing, RecommendationSheets sheets,
            Attachments attachments) {
        this.catalog = catalog;
        this.opening = opening;
        this.recommending = recommending;
        this.review = review;
        this.forwarding = forwarding;
        this.publishing = publishing;
        this.sheets = sheets;
        this.attachments = attachments;
    }

    @GetMapping("/recommendation-rounds")
    String rounds(Model model) {
        model.addAttribute("rounds", catalog.rounds());
        model.addAttribute("issuer", catalog.issuer().orElse(null));
        model.addAttribute("today", catalog.today());
        return "recommendations/rounds";
    }

    @GetMapping("/recommendation-rounds/new")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String newRound(Model model) {
        RoundForm form = new RoundForm();
        form.setDeadline(catalog.today().plusDays(30));
        form.setQuota(3);
        return roundForm(form, model);
    }

    @PostMapping("/recommendation-rounds")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String open(@ModelAttribute("form") RoundForm form, Model model, RedirectAttributes redirect) {
        try {
            RecommendationRound round = opening.open(form);
            redirect.addFlashAttribute("message", "已发起“" + round.getTitle() + "”，并通知了" + catalog.recommenders(round).size() + "个推荐单位");
            return "redirect:/recommendation-rounds/" + round.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return roundForm(form, model);
        }
    }

    private String roundForm(RoundForm form, Model model) {
        Organization issuer = catalog.issuer().orElseThrow(() -> new NotFoundException("发起单位"));
        model.addAttribute("form", form);
        model.addAttribute("issuer", issuer);
        model.addAttribute("groups", opening.groups(issuer));
        model.addAttribute("campaigns", opening.campaigns(issuer));
        model.addAttribute("nextRounds", opening.nextRoundChoices(issuer));
        model.addAttribute("kinds", RoundKind.values());
        model.addAttribute("presets", FormPreset.values());
        return "recommendations/round-form";
    }

    @GetMapping("/recommendation-rounds/{id}")
    String round(@PathVariable long id, @RequestParam(required = false) Long recommenderId,
            @RequestParam(required = false) RecommendationState state, @RequestParam(defaultValue = "false") boolean selectedOnly,
            @RequestParam(defaultValue = "0") int page, Model model) {
        return roundPage(catalog.round(id), new RoundCatalog.Filter(recommenderId, state, selectedOnly), page, model);
    }

    private String roundPage(RecommendationRound round, RoundCatalog.Filter filter, int page, Model model) {
        Page<Recommendation> found = catalog.recommendations(round, filter, page, PAGE_SIZE);
        model.addAttribute("round", round);
        model.addAttribute("recommenders", catalog.recommenders(round));
        model.addAttribute("page", found);
        model.addAttribute("recommendations", found.getContent());
        model.addAttribute("filter", filter);
        model.addAttribute("states", RecommendationState.values());
        model.addAttribute("reviews", catalog.reviews(round));
        Optional<Organization> recommender = catalog.recommenderIn(round);
        model.addAttribute("recommender", recommender.orElse(null));
        model.addAttribute("canRecommend", recommender.isPresent() && round.acceptsOn(catalog.today()));
        model.addAttribute("today", catalog.today());
        model.addAttribute("publicityUntil", catalog.today().plusDays(7));
        return "recommendations/round";
    }

    @GetMapping("/recommendation-rounds/{id}/recommend")
    String recommend(@PathVariable long id, @RequestParam(required = false) Long activityId,
            @RequestParam(required = false) Long unitId, Model model) {
        RecommendationRound round = catalog.round(id);
        Organization recommender = catalog.recommenderIn(round).orElseThrow(() -> new NotFoundException("推荐单位"));
        return recommendForm(round, recommender, recommending.prefill(round, recommender, activityId, unitId), null, model);
    }

    @PostMapping("/recommendation-rounds/{id}/recommendations")
    String create(@PathVariable long id, @ModelAttribute("form") RecommendationForm form,
            @RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect) {
        RecommendationRound round = catalog.round(id);
        Organization recommender = catalog.recommenderIn(round).orElseThrow(() -> new NotFoundException("推荐单位"));
        try {
            Recommendation r = recommending.create(id, form, "submit".equals(action));
            redirect.addFlashAttribute("message", "submit".equals(action) ? "已提交推荐，等待" + round.getIssuer().getName() + "审核"
                    : "已保存草稿");
            return "redirect:/recommendations/" + r.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return recommendForm(round, recommender, form, null, model);
        }
    }

    private String recommendForm(RecommendationRound round, Organization recommender, RecommendationForm form,
            Recommendation existing, Model model) {
        model.addAttribute("round", round);
        model.addAttribute("recommender", recommender);
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("activityChoices", existing == null && round.getKind() == RoundKind.ACTIVITY
                ? recommending.activityChoices(round, recommender) : List.of());
        model.addAttribute("unitChoices", existing == null && round.getKind().picksUnit()
                ? recommending.unitChoices(recommender) : List.of());
        return "recommendations/form";
    }

    @GetMapping("/recommendations/{id}")
    String show(@PathVariable long id, Model model) {
        return page(catalog.recommendation(id), model);
    }

    private String page(Recommendation r, Model model) {
        model.addAttribute("r", r);
        model.addAttribute("round", r.getRound());
        model.addAttribute("history", r.history());
        model.addAttribute("forwards", catalog.forwardsOf(r));
        model.addAttribute("scans", recommending.scans(r));
        boolean reviews = catalog.reviews(r.getRound()) && r.getRound().getStage() == RoundStage.OPEN;
        model.addAttribute("reviews", reviews);
        model.addAttribute("canEdit", catalog.recommendsFor(r) && r.getState().editable());
        model.addAttribute("canUpload", catalog.recommendsFor(r));
        model.addAttribute("decisions", List.of(RecommendationState.PASSED, RecommendationState.RETURNED, RecommendationState.REJECTED));
        return "recommendations/show";
    }

    @GetMapping("/recommendations/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Recommendation r = catalog.recommendation(id);
        if (!catalog.recommendsFor(r) || !r.getState().editable()) {
            return "redirect:/recommendations/" + id;
        }
        return recommendForm(r.getRound(), r.getRecommender(), RecommendationForm.of(r), r, model);
    }

    @PostMapping("/recommendations/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") RecommendationForm form,
            @RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect) {
        Recommendation r = catalog.recommendation(id);
        try {
            recommending.update(id, form, "submit".equals(action));
            redirect.addFlashAttribute("message", "submit".equals(action) ? "已提交推荐" : "已保存");
            return "redirect:/recommendations/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return recommendForm(r.getRound(), r.getRecommender(), form, r, model);
        }
    }

    @PostMapping("/recommendations/{id}/submit")
    String submit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "已提交推荐", () -> recommending.submit(id));
    }

    @PostMapping("/recommendations/{id}/review")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String review(@PathVariable long id, @RequestParam(required = false) RecommendationState decision,
            @RequestParam(required = false) String opinion, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("opinion", opinion);
        model.addAttribute("reason", reason);
        return act(id, model, redirect, decision == null ? "" : "审核结果：" + decision.label(),
                () -> review.review(id, decision, opinion, reason));
    }

    @PostMapping("/recommendations/{id}/score")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String score(@PathVariable long id, @RequestParam(required = false) BigDecimal points, Model model,
            RedirectAttributes redirect) {
        return act(id, model, redirect, "已评分", () -> review.score(id, points));
    }

    @PostMapping("/recommendations/{id}/select")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String select(@PathVariable long id, @RequestParam(defaultValue = "true") boolean selected, Model model,
            RedirectAttributes redirect) {
        return act(id, model, redirect, selected ? "已选为拟表彰对象" : "已取消拟表彰", () -> review.select(id, selected));
    }

    @PostMapping("/recommendations/{id}/scan")
    String scan(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                uploads.add(Upload.of(file));
            }
        }
        return act(id, model, redirect, "已上传盖章扫描件", () -> recommending.attachScan(id, uploads));
    }

    @GetMapping("/recommendations/{id}/scans/{file}")
    ResponseEntity<Resource> scanFile(@PathVariable long id, @PathVariable long file) {
        Recommendation r = catalog.recommendation(id);
        return attachments.file(new Owner(Recommending.SCAN_OWNER, r.getId()), file).opened();
    }

    @GetMapping("/recommendations/{id}/form.docx")
    ResponseEntity<byte[]> form(@PathVariable long id) {
        Recommendation r = catalog.recommendation(id);
        return docx(RecommendationSheets.fileName(r.getRound(), r.getSubjectName()), sheets.one(id));
    }

    @GetMapping("/recommendation-rounds/{id}/forms.docx")
    ResponseEntity<byte[]> forms(@PathVariable long id, @RequestParam long recommenderId) {
        RecommendationRound round = catalog.round(id);
        byte[] content = sheets.ofRecommender(id, recommenderId);
        String who = catalog.recommenders(round).stream().filter(o -> o.getId() == recommenderId).map(Organization::getName)
                .findFirst().orElse(round.getIssuer().getName());
        return docx(RecommendationSheets.fileName(round, who), content);
    }

    @GetMapping("/recommendation-rounds/{id}/awards.docx")
    ResponseEntity<byte[]> awards(@PathVariable long id) {
        RecommendationRound round = catalog.round(id);
        return docx(RecommendationSheets.awardsTitle(round), sheets.awards(id));
    }

    @PostMapping("/recommendation-rounds/{id}/forward")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String forward(@PathVariable long id, @RequestParam(name = "ids", required = false) List<Long> ids, Model model,
            RedirectAttributes redirect) {
        return roundAct(id, model, redirect, () -> {
            List<Recommendation> done = forwarding.forward(id, ids);
            return "已向“" + done.get(0).getRound().getTitle() + "”报送" + done.size() + "个推荐";
        });
    }

    @PostMapping("/recommendation-rounds/{id}/publicity")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String publicity(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            Model model, RedirectAttributes redirect) {
        return roundAct(id, model, redirect, () -> {
            publishing.startPublicity(id, until);
            return "已开始公示，公示至" + until;
        });
    }

    @PostMapping("/recommendation-rounds/{id}/awards")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String fixAwards(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return roundAct(id, model, redirect, () -> {
            publishing.fixAwards(id);
            return "表彰名单已确定";
        });
    }

    private String act(long id, Model model, RedirectAttributes redirect, String message, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", message);
            return "redirect:/recommendations/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.recommendation(id), model);
        }
    }

    private String roundAct(long id, Model model, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("message", action.get());
            return "redirect:/recommendation-rounds/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return roundPage(catalog.round(id), new RoundCatalog.Filter(null, null, false), 0, model);
        }
    }

    private static ResponseEntity<byte[]> docx(String name, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + ".docx", StandardCharsets.UTF_8).build().toString())
                .contentType(DOCX).body(content);
    }
}
