package cn.kepu.works;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

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

import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.attachment.Upload;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;

/** 作品征集 pages for the signed in: calls, submitting for a unit, 形式审查, the panel, the experts' sheets, awards, 公示. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class WorksController {

    private final WorkCatalog catalog;
    private final CallManagement management;
    private final WorkSubmission submission;
    private final WorkReview review;
    private final AwardList awardList;
    private final Attachments attachments;
    private final ReviewGroups groups;
    private final WorkResults results;

    WorksController(WorkCatalog catalog, CallManagement management, WorkSubmission submission, WorkReview review,
            AwardList awardList, Attachments attachments, ReviewGroups groups, WorkResults results) {
        this.groups = groups;
        this.results = results;
        this.catalog = catalog;
        this.management = management;
        this.submission = submission;
        this.review = review;
        this.awardList = awardList;
        this.attachments = attachments;
    }

    @GetMapping("/work-calls")
    String calls(Model model) {
        model.addAttribute("calls", catalog.calls());
        model.addAttribute("issues", !catalog.issuerChoices().isEmpty());
        model.addAttribute("today", catalog.today());
        return "works/calls";
    }

    @GetMapping("/work-calls/new")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String newCall(Model model) {
        CallForm form = CallForm.blank();
        form.setYear(catalog.today().getYear());
        form.setOpensOn(catalog.today());
        form.setClosesOn(catalog.today().plusDays(60));
        return callForm(form, null, model);
    }

    @PostMapping("/work-calls")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String open(@ModelAttribute("form") CallForm form, Model model, RedirectAttributes redirect) {
        try {
            WorkCall call = management.open(form);
            redirect.addFlashAttribute("message", "已发布“" + call.getTitle() + "”");
            return "redirect:/work-calls/" + call.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return callForm(form, null, model);
        }
    }

    @GetMapping("/work-calls/{id}/edit")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String edit(@PathVariable long id, Model model) {
        WorkCall call = catalog.call(id);
        if (!catalog.reviews(call)) {
            throw new NotFoundException("征集通知");
        }
        return callForm(CallForm.of(call), call, model);
    }

    @PostMapping("/work-calls/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String update(@PathVariable long id, @ModelAttribute("form") CallForm form, Model model, RedirectAttributes redirect) {
        try {
            WorkCall call = management.update(id, form);
            redirect.addFlashAttribute("message", "已保存“" + call.getTitle() + "”");
            return "redirect:/work-calls/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return callForm(form, catalog.call(id), model);
        }
    }

    private String callForm(CallForm form, WorkCall call, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("call", call);
        model.addAttribute("issuers", catalog.issuerChoices());
        model.addAttribute("formats", WorkFormat.values());
        return "works/call-form";
    }

    @GetMapping("/work-calls/{id}")
    String call(@PathVariable long id, @RequestParam(required = false) String expertName,
            @RequestParam(defaultValue = "0") int page, Model model) {
        return page(catalog.call(id), expertName, page, model);
    }

    private String page(WorkCall call, String expertName, int page, Model model) {
        boolean reviews = catalog.reviews(call);
        var works = catalog.works(call, page);
        model.addAttribute("call", call);
        model.addAttribute("works", works.getContent());
        model.addAttribute("worksPage", works);
        model.addAttribute("reviews", reviews);
        model.addAttribute("grouped", reviews && groups.grouped(call.getId()));
        model.addAttribute("today", catalog.today());
        model.addAttribute("awards", Award.values());
        model.addAttribute("canSubmit", call.acceptsOn(catalog.today()) && !catalog.submitterChoices(call).isEmpty());
        model.addAttribute("expertName", expertName);
        model.addAttribute("candidates", reviews && !call.isPublished() ? review.candidates(call, expertName) : java.util.List.of());
        return "works/call";
    }

    @GetMapping("/work-calls/{id}/submit")
    String submitForm(@PathVariable long id, Model model) {
        WorkCall call = catalog.call(id);
        SubmissionForm form = new SubmissionForm();
        var choices = catalog.submitterChoices(call);
        if (!choices.isEmpty()) {
            form.setSubmittingUnitId(choices.get(0).getId());
        }
        return submitPage(call, form, model);
    }

    @PostMapping("/work-calls/{id}/works")
    String submit(@PathVariable long id, @ModelAttribute("form") SubmissionForm form,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        WorkCall call = catalog.call(id);
        try {
            Work w = submission.submitForUnit(id, form, upload(file));
            redirect.addFlashAttribute("message", "已报送“" + w.getTitle() + "”，等待" + call.getIssuer().getName() + "形式审查");
            return "redirect:/works/" + w.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return submitPage(call, form, model);
        }
    }

    private String submitPage(WorkCall call, SubmissionForm form, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("choices", catalog.submitterChoices(call));
        model.addAttribute("publicPage", false);
        return "works/submit";
    }

    static Upload upload(MultipartFile file) {
        return file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())
                ? null : Upload.of(file);
    }

    @GetMapping("/works/{id}")
    String work(@PathVariable long id, Model model) {
        return workPage(catalog.work(id), model);
    }

    private String workPage(Work w, Model model) {
        model.addAttribute("w", w);
        model.addAttribute("call", w.getCall());
        model.addAttribute("files", attachments.of(new Owner(WorkSubmission.OWNER, w.getId())));
        model.addAttribute("reviews", catalog.reviews(w.getCall()));
        return "works/work";
    }

    @PostMapping("/works/{id}/phone")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String revealPhone(@PathVariable long id, Model model) {
        try {
            model.addAttribute("fullPhone", review.revealPhone(id));
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
        }
        return workPage(catalog.work(id), model);
    }

    @PostMapping("/works/{id}/check")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String check(@PathVariable long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            if (!"ACCEPT".equals(decision) && !"RETURN".equals(decision)) {
                throw new RuleViolation("decision", "请选择通过或退回");
            }
            boolean accept = "ACCEPT".equals(decision);
            review.check(id, accept, reason);
            redirect.addFlashAttribute("message", accept ? "形式审查通过" : "已退回");
            return "redirect:/works/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("reason", reason);
            return workPage(catalog.work(id), model);
        }
    }

    @GetMapping("/works/{id}/files/{file}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long file) {
        Work w = catalog.work(id);
        return attachments.file(new Owner(WorkSubmission.OWNER, w.getId()), file).opened();
    }

    @PostMapping("/work-calls/{id}/panel")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String assign(@PathVariable long id, @RequestParam(required = false) Long expertId, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "已加入评审专家组", () -> {
            if (expertId == null) {
                throw new RuleViolation("expertId", "请选择专家");
            }
            review.assign(id, expertId);
        });
    }

    @PostMapping("/work-calls/{id}/panel/{expertId}/remove")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String unassign(@PathVariable long id, @PathVariable long expertId, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "已移出评审专家组", () -> review.unassign(id, expertId));
    }

    @GetMapping("/work-calls/{id}/scores")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String sheet(@PathVariable long id, @RequestParam long expertId, @RequestParam(defaultValue = "0") int page, Model model) {
        return sheetPage(id, expertId, page, null, model);
    }

    /** A page of the expert's sheet: the works given to them (分组评审), or every accepted work of a small call. */
    private String sheetPage(long id, long expertId, int page, Map<Long, String> typed, Model model) {
        WorkCall call = catalog.call(id);
        if (!catalog.reviews(call)) {
            throw new NotFoundException("征集通知");
        }
        PanelExpert expert = call.panelist(expertId).orElseThrow(() -> new NotFoundException("评审专家"));
        var sheet = groups.sheet(call.getId(), expertId, page);
        Map<Long, String> values = new LinkedHashMap<>();
        Map<Long, String> conflicts = new LinkedHashMap<>();
        for (Work w : sheet.getContent()) {
            values.put(w.getId(), typed != null ? typed.getOrDefault(w.getId(), "")
                    : w.scoreOf(expertId).map(s -> s.points().toPlainString()).orElse(""));
            WorkReview.conflict(w, expert).ifPresent(u -> conflicts.put(w.getId(), u));
        }
        model.addAttribute("call", call);
        model.addAttribute("expert", expert);
        model.addAttribute("sheet", sheet);
        model.addAttribute("works", sheet.getContent());
        model.addAttribute("values", values);
        model.addAttribute("conflicts", conflicts);
        return "works/scores";
    }

    @PostMapping("/work-calls/{id}/groups")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String distribute(@PathVariable long id, @RequestParam(required = false) String perWork, RedirectAttributes redirect) {
        try {
            int per;
            try {
                per = Integer.parseInt(perWork == null ? "" : perWork.strip());
            } catch (NumberFormatException e) {
                throw new RuleViolation("perWork", "每件作品的评审专家数应为整数");
            }
            int n = groups.distribute(id, per);
            redirect.addFlashAttribute("message", n == 0 ? "没有尚未分配的作品" : "已把" + n + "件作品分给评审专家，每件" + per + "位");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/work-calls/" + id;
    }

    @GetMapping("/work-calls/{id}/results")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String results(@PathVariable long id, Model model) {
        WorkCall call = catalog.call(id);
        if (!catalog.reviews(call)) {
            throw new NotFoundException("征集通知");
        }
        model.addAttribute("call", call);
        model.addAttribute("results", results.of(id, RESULTS_SHOWN));
        model.addAttribute("shown", RESULTS_SHOWN);
        return "works/results";
    }

    static final int RESULTS_SHOWN = 100;

    @PostMapping("/work-calls/{id}/scores")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String score(@PathVariable long id, @RequestParam long expertId, @RequestParam(defaultValue = "0") int page,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<Long, String> typed = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("points-")) {
                try {
                    typed.put(Long.parseLong(k.substring("points-".length())), v);
                } catch (NumberFormatException ignored) {
                    // not a work's field
                }
            }
        });
        try {
            int n = review.scoreSheet(id, expertId, typed);
            PanelExpert expert = catalog.call(id).panelist(expertId).orElseThrow();
            redirect.addFlashAttribute("message", "已保存" + expert.name() + "的评分（" + n + "件作品）");
            return "redirect:/work-calls/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return sheetPage(id, expertId, page, typed, model);
        }
    }

    @PostMapping("/work-calls/{id}/awards")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String awards(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<Long, Award> decided = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("award-")) {
                try {
                    decided.put(Long.parseLong(k.substring("award-".length())), v == null || v.isBlank() ? null : Award.valueOf(v));
                } catch (IllegalArgumentException ignored) {
                    // not a work's field, or not an award
                }
            }
        });
        return act(id, model, redirect, "已保存奖项", () -> review.award(id, decided));
    }

    @PostMapping("/work-calls/{id}/publish")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "获奖名单已公示", () -> review.publish(id));
    }

    @GetMapping("/work-calls/{id}/awards.docx")
    ResponseEntity<byte[]> awardList(@PathVariable long id) {
        WorkCall call = catalog.call(id);
        return docx(call, awardList.write(call));
    }

    static ResponseEntity<byte[]> docx(WorkCall call, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(call.getTitle() + "获奖名单.docx", StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private String act(long id, Model model, RedirectAttributes redirect, String message, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", message);
            return "redirect:/work-calls/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.call(id), null, 0, model);
        }
    }
}
