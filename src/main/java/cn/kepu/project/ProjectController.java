package cn.kepu.project;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.data.domain.Page;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.attachment.Upload;
import cn.kepu.support.MarkedWorkbooks;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxDownload;

/** 科普项目 pages: calls, applying, the list with filters, a project with its history and actions, funds, import, export. */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class ProjectController {

    static final int PAGE_SIZE = 50;
    private static final String IMPORT_ERRORS = "project-import-errors";

    private final ProjectCatalog catalog;
    private final CallOpening opening;
    private final ProjectApplication application;
    private final ProjectReview review;
    private final ProjectReporting reporting;
    private final ProjectSheet sheet;
    private final FundsSummary funds;
    private final Attachments attachments;

    ProjectController(ProjectCatalog catalog, CallOpening opening, ProjectApplication application, ProjectReview review,
            ProjectReporting reporting, ProjectSheet sheet, FundsSummary funds, Attachments attachments) {
        this.catalog = catalog;
        this.opening = opening;
        this.application = application;
        this.review = review;
        this.reporting = reporting;
        this.sheet = sheet;
        this.funds = funds;
        this.attachments = attachments;
    }

    @GetMapping("/projects")
    String list(@RequestParam(required = false) Long callId, @RequestParam(required = false) ProjectKind kind,
            @RequestParam(required = false) ProjectState state, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ProjectCall call = callId == null ? null : catalog.call(callId);
        ProjectCatalog.Filter filter = new ProjectCatalog.Filter(callId, kind, state, year, q);
        Page<Project> found = catalog.projects(filter, page, PAGE_SIZE);
        model.addAttribute("call", call);
        model.addAttribute("filter", filter);
        model.addAttribute("page", found);
        model.addAttribute("projects", found.getContent());
        model.addAttribute("calls", catalog.calls());
        model.addAttribute("kinds", ProjectKind.values());
        model.addAttribute("states", ProjectState.values());
        model.addAttribute("today", catalog.today());
        model.addAttribute("canApply", call != null && call.acceptsOn(catalog.today()) && !catalog.applicantChoices(call).isEmpty());
        model.addAttribute("reviews", call != null && catalog.reviews(call));
        return htmx != null ? "projects/list :: rows" : "projects/list";
    }

    @GetMapping("/project-calls/{id}")
    String call(@PathVariable long id) {
        catalog.call(id);
        return "redirect:/projects?callId=" + id;
    }

    @GetMapping("/projects/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long callId, @RequestParam(required = false) ProjectKind kind,
            @RequestParam(required = false) ProjectState state, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q) {
        if (callId != null) {
            catalog.call(callId);
        }
        return XlsxDownload.of("科普项目.xlsx", sheet.export(new ProjectCatalog.Filter(callId, kind, state, year, q)));
    }

    @GetMapping("/projects/funds")
    String funds(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("summary", funds.summary(year));
        model.addAttribute("year", year);
        return "projects/funds";
    }

    @GetMapping("/project-calls")
    String calls(Model model) {
        model.addAttribute("calls", catalog.calls());
        model.addAttribute("issuer", catalog.issuer().orElse(null));
        model.addAttribute("today", catalog.today());
        return "projects/calls";
    }

    @GetMapping("/project-calls/new")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String newCall(Model model) {
        CallForm form = new CallForm();
        form.setYear(catalog.today().getYear());
        form.setDeadline(catalog.today().plusDays(30));
        form.setMidtermDue(catalog.today().plusMonths(6));
        form.setAcceptanceDue(catalog.today().plusMonths(11));
        return callForm(form, model);
    }

    @PostMapping("/project-calls")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String open(@ModelAttribute("form") CallForm form, Model model, RedirectAttributes redirect) {
        try {
            ProjectCall call = opening.open(form);
            redirect.addFlashAttribute("message", "已发布“" + call.getTitle() + "”");
            return "redirect:/projects?callId=" + call.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return callForm(form, model);
        }
    }

    private String callForm(CallForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("issuer", catalog.issuer().orElseThrow(() -> new NotFoundException("发布单位")));
        model.addAttribute("kinds", ProjectKind.values());
        return "projects/call-form";
    }

    @GetMapping("/project-calls/{id}/apply")
    String applyForm(@PathVariable long id, Model model) {
        ProjectCall call = catalog.call(id);
        ProjectForm form = ProjectForm.blank();
        var choices = catalog.applicantChoices(call);
        if (choices.size() == 1) {
            form.setApplicantId(choices.get(0).getId());
        }
        return form(call, form, model);
    }

    @PostMapping("/project-calls/{id}/projects")
    String apply(@PathVariable long id, @ModelAttribute("form") ProjectForm form, Model model, RedirectAttributes redirect) {
        ProjectCall call = catalog.call(id);
        try {
            Project p = application.apply(id, form);
            redirect.addFlashAttribute("message", "已申报“" + p.getName() + "”，等待" + call.getIssuer().getName() + "评审");
            return "redirect:/projects/" + p.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return form(call, form.padLines(), model);
        }
    }

    private String form(ProjectCall call, ProjectForm form, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("form", form);
        model.addAttribute("choices", catalog.applicantChoices(call));
        return "projects/form";
    }

    @GetMapping("/projects/{id}")
    String show(@PathVariable long id, Model model) {
        return page(catalog.project(id), model);
    }

    private String page(Project p, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("call", p.getCall());
        model.addAttribute("evidence", reporting.evidence(p));
        model.addAttribute("reviews", catalog.reviews(p.getCall()));
        model.addAttribute("reports", catalog.reportsFor(p));
        model.addAttribute("demonstration", p.getCall().getKind() == ProjectKind.DEMONSTRATION);
        return "projects/show";
    }

    @PostMapping("/projects/{id}/score")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String score(@PathVariable long id, @RequestParam(required = false) String points, Model model, RedirectAttributes redirect) {
        model.addAttribute("points", points);
        return act(id, model, redirect, "已评分", () -> review.score(id, number(points)));
    }

    @PostMapping("/projects/{id}/decision")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String decide(@PathVariable long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String approvedFunds, @RequestParam(required = false) String opinion, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("approvedFunds", approvedFunds);
        model.addAttribute("opinion", opinion);
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            return act(id, model, redirect, "", () -> {
                throw new RuleViolation("decision", "请选择立项或不予立项");
            });
        }
        boolean approve = "APPROVE".equals(decision);
        return act(id, model, redirect, approve ? "已立项" : "已决定不予立项",
                () -> review.decide(id, approve, approvedFunds, opinion));
    }

    @PostMapping("/projects/{id}/midterm")
    String midterm(@PathVariable long id, @RequestParam(required = false) String midtermReport, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("midtermReport", midtermReport);
        return act(id, model, redirect, "已提交中期报告", () -> reporting.reportMidterm(id, midtermReport));
    }

    @PostMapping("/projects/{id}/evidence")
    String evidence(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                uploads.add(Upload.of(file));
            }
        }
        return act(id, model, redirect, "已上传验收材料", () -> reporting.attachEvidence(id, uploads));
    }

    @GetMapping("/projects/{id}/evidence/{file}")
    ResponseEntity<Resource> evidenceFile(@PathVariable long id, @PathVariable long file) {
        Project p = catalog.project(id);
        return attachments.file(new Owner(ProjectReporting.EVIDENCE_OWNER, p.getId()), file).opened();
    }

    @PostMapping("/projects/{id}/acceptance")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String accept(@PathVariable long id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String acceptanceOpinion, Model model, RedirectAttributes redirect) {
        model.addAttribute("acceptanceOpinion", acceptanceOpinion);
        Boolean passed = "PASSED".equals(outcome) ? Boolean.TRUE : "FAILED".equals(outcome) ? Boolean.FALSE : null;
        return act(id, model, redirect, Boolean.TRUE.equals(passed) ? "验收合格" : "已记录验收结论",
                () -> review.accept(id, passed, acceptanceOpinion));
    }

    @GetMapping("/project-calls/{id}/import")
    String importPage(@PathVariable long id, Model model) {
        model.addAttribute("call", catalog.call(id));
        return "projects/import";
    }

    @GetMapping("/project-calls/{id}/import/template")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return XlsxDownload.of(catalog.call(id).getTitle() + "-项目申报表.xlsx", sheet.template(id));
    }

    @PostMapping("/project-calls/{id}/import")
    String importProjects(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            HttpSession session, Model model) throws IOException {
        model.addAttribute("call", catalog.call(id));
        MarkedWorkbooks.importInto(model, session, IMPORT_ERRORS, file == null ? "" : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes(), bytes -> sheet.importProjects(id, bytes));
        return "projects/import";
    }

    @GetMapping("/project-calls/import/errors/{key}")
    ResponseEntity<byte[]> importErrors(@PathVariable String key, HttpSession session) {
        return MarkedWorkbooks.download(session, IMPORT_ERRORS, key, "项目申报导入-错误标注.xlsx");
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("points", "请填写评分");
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("points", "评分“" + text.strip() + "”不是数字");
        }
    }

    private String act(long id, Model model, RedirectAttributes redirect, String message, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", message);
            return "redirect:/projects/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(catalog.project(id), model);
        }
    }
}
