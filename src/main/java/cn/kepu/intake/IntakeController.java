package cn.kepu.intake;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.plan.PlanCatalog;
import cn.kepu.plan.WorkPlan;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.RuleViolation;

/** 文件导入 pages: upload or paste, review the proposal beside the document, create the draft plan. */
@Controller
@RequestMapping("/intake")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
class IntakeController {

    private static final String DRAFT = "intakeDraft";

    private final ReadingJobs jobs;
    private final IntakeDrafts drafts;
    private final DataScope scope;
    private final PlanCatalog catalog;
    private final Clock clock;

    IntakeController(ReadingJobs jobs, IntakeDrafts drafts, DataScope scope, PlanCatalog catalog, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
        this.drafts = drafts;
        this.scope = scope;
        this.catalog = catalog;
    }

    @GetMapping
    String start(Model model) {
        return start(model, null, null, null);
    }

    /** Starts reading and sends the person to a page that waits for it (and, by asking after it, keeps it going). */
    @PostMapping
    String read(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String text,
            @RequestParam Long issuerId, Model model) throws IOException {
        scope.visible(issuerId);
        boolean hasFile = file != null && !file.isEmpty();
        if (!hasFile && (text == null || text.isBlank())) {
            return start(model, "请选择文件，或粘贴文件的文字", text, issuerId);
        }
        ReadingJobs.Job job = jobs.start(CurrentUser.username(), hasFile ? file.getOriginalFilename() : "粘贴的文字",
                hasFile ? file.getBytes() : null, hasFile ? null : text, issuerId);
        return "redirect:/intake/reading/" + job.id;
    }

    /**
     * The waiting page: it asks again every second (htmx) until the reading is done, then goes on to the review — or
     * back to the form with the reason and what was typed. A reading nobody asks after stops ({@link ReadingJobs}).
     */
    @GetMapping("/reading/{id}")
    String reading(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx,
            HttpSession session, HttpServletResponse response, Model model) {
        ReadingJobs.Job job = jobs.look(id, CurrentUser.username()).orElse(null);
        if (job == null) {
            return start(model, "读取已停止（页面关闭后不再继续读取），请重新上传", null, null);
        }
        ReadingJobs.Outcome outcome = jobs.outcome(job);
        if (outcome.done() && htmx != null) {
            response.setHeader("HX-Redirect", "/intake/reading/" + id); // the whole page goes on, not the fragment
            return "intake/reading :: waiting";
        }
        if (outcome.refusal() != null) {
            return start(model, outcome.refusal(), job.text, job.issuerId);
        }
        if (outcome.read() != null) {
            session.setAttribute(DRAFT, drafts.from(outcome.read().proposal(), outcome.read().source(), job.issuerId));
            return "redirect:/intake/review";
        }
        // The job itself is not for templates (package-private fields): what the waiting page shows of it.
        model.addAttribute("job", Map.of("id", job.id, "name", job.name));
        model.addAttribute("seconds", Duration.between(job.started, clock.instant()).toSeconds());
        return htmx != null ? "intake/reading :: waiting" : "intake/reading";
    }

    private String start(Model model, String error, String text, Long issuerId) {
        model.addAttribute("error", error);
        model.addAttribute("text", text);
        model.addAttribute("issuerId", issuerId != null ? issuerId : scope.ownUnit().map(Organization::getId).orElse(null));
        model.addAttribute("issuers", issuers());
        return "intake/start";
    }

    @GetMapping("/review")
    String review(HttpSession session, Model model) {
        IntakeDraft draft = (IntakeDraft) session.getAttribute(DRAFT);
        if (draft == null) {
            return "redirect:/intake";
        }
        return page(draft, Set.of(), Set.of(), model);
    }

    /**
     * The review form posts here both to change its rows (合并到上一条, 拆分, 删除 — {@code action} names which, and
     * the page comes back with everything typed kept) and to create the plan.
     */
    @PostMapping("/review")
    String create(@ModelAttribute("draft") IntakeDraft edited, @RequestParam(required = false) Set<String> ignore,
            @RequestParam(name = "newUnit", required = false) Set<String> newUnits,
            @RequestParam(required = false) String action, HttpSession session, Model model, RedirectAttributes redirect) {
        IntakeDraft kept = (IntakeDraft) session.getAttribute(DRAFT);
        if (kept == null) {
            return "redirect:/intake";
        }
        edited.setSource(kept.getSource());
        edited.setIssuerId(kept.getIssuerId());
        edited.setNotices(kept.getNotices());
        Set<String> ignored = ignore == null ? Set.of() : new HashSet<>(ignore);
        Set<String> created = newUnits == null ? Set.of() : new HashSet<>(newUnits);
        if (action != null && !action.isBlank()) {
            edit(edited, action);
            session.setAttribute(DRAFT, edited);
            return page(edited, ignored, created, model);
        }
        try {
            WorkPlan plan = drafts.create(edited, ignored, created);
            session.removeAttribute(DRAFT);
            redirect.addFlashAttribute("message", "已根据文件创建计划草稿“" + plan.getTitle() + "”，核对后发布"
                    + (created.isEmpty() ? "" : "；已新建成员单位" + created.size() + "个"));
            return "redirect:/plans/" + plan.getId();
        } catch (RuleViolation e) {
            session.setAttribute(DRAFT, edited);
            model.addAttribute("problems", e.problems());
            return page(edited, ignored, created, model);
        }
    }

    private static void edit(IntakeDraft draft, String action) {
        String[] parts = action.split(":");
        int row;
        int quota;
        try {
            row = Integer.parseInt(parts.length >= 2 ? parts[1] : "");
            quota = parts.length == 3 ? Integer.parseInt(parts[2]) : -1;
        } catch (NumberFormatException e) {
            return; // a hand-made request: nothing to change
        }
        switch (parts[0]) {
            case "merge" -> draft.mergeIntoPrevious(row);
            case "split" -> draft.split(row);
            case "remove" -> draft.remove(row);
            case "addQuota" -> draft.addQuota(row);
            case "removeQuota" -> draft.removeQuota(row, quota);
            default -> {
            }
        }
    }

    private String page(IntakeDraft draft, Set<String> ignored, Set<String> created, Model model) {
        Map<String, Optional<String>> matches = drafts.matches(draft);
        model.addAttribute("draft", draft);
        model.addAttribute("matches", matches);
        model.addAttribute("unmatched", matches.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList());
        model.addAttribute("ignored", ignored);
        model.addAttribute("created", created);
        model.addAttribute("mayCreateUnits", scope.administersUnits());
        return "intake/review";
    }

    private List<Organization> issuers() {
        return catalog.issuers();
    }
}
