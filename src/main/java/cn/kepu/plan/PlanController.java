package cn.kepu.plan;

import java.util.Map;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.ArrayList;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.kepu.org.DataScope;
import cn.kepu.support.ImportRejected;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.XlsxDownload;

/** 工作计划 pages: the list, a plan with its sections and tasks, the plan and task forms, publishing, export. */
@Controller
@RequestMapping("/plans")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class PlanController {

    private final PlanCatalog catalog;
    private final PlanManagement management;
    private final PlanSheet sheet;
    private final DataScope scope;
    private final Clock clock;

    PlanController(PlanCatalog catalog, PlanManagement management, PlanSheet sheet, DataScope scope,
            Clock clock) {
        this.catalog = catalog;
        this.management = management;
        this.sheet = sheet;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("plans", catalog.visible());
        return "plans/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        WorkPlan plan = catalog.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("editable", catalog.editable(plan));
        Map<String, List<Task>> sections = new LinkedHashMap<>();
        plan.getTasks().forEach(t -> sections.computeIfAbsent(t.category().isBlank() ? "正文" : t.category(), c -> new ArrayList<>()).add(t));
        Map<Long, List<Assignment>> units = new HashMap<>();
        catalog.assignments(plan).forEach(a -> units.computeIfAbsent(a.getTask().getId(), t -> new ArrayList<>()).add(a));
        model.addAttribute("sections", sections);
        model.addAttribute("units", units);
        // A checklist of many tasks opens as its sections with their counts; a short plan opens whole.
        model.addAttribute("collapsed", sections.size() > 1 && plan.getTasks().size() > 10);
        return "plans/show";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String create(Model model) {
        PlanForm form = new PlanForm();
        form.setPeriodFrom(LocalDate.now(clock).getYear());
        form.setIssueDate(LocalDate.now(clock));
        scope.ownUnit().ifPresent(u -> form.setIssuerId(u.getId()));
        return planForm(form, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String save(@ModelAttribute("form") PlanForm form, Model model, RedirectAttributes redirect) {
        try {
            WorkPlan plan = management.create(form);
            redirect.addFlashAttribute("message", "已新建计划“" + plan.getTitle() + "”，请添加章节和任务");
            return "redirect:/plans/" + plan.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return planForm(form, null, model);
        }
    }

    @PostMapping("/{id}/sections")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String addSection(@PathVariable long id, @RequestParam(required = false) String number, @RequestParam String title,
            RedirectAttributes redirect) {
        try {
            management.addSection(id, null, number, title);
            redirect.addFlashAttribute("message", "已添加章节“" + title + "”");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/plans/" + id;
    }

    @GetMapping("/{id}/tasks/new")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String newTask(@PathVariable long id, @RequestParam(required = false) Long sectionId, Model model) {
        TaskForm form = new TaskForm();
        form.setSectionId(sectionId);
        return taskForm(management.editable(id), null, form, model);
    }

    @GetMapping("/{id}/tasks/{taskId}/edit")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String editTask(@PathVariable long id, @PathVariable long taskId, Model model) {
        WorkPlan plan = management.editable(id);
        Task task = plan.getTasks().stream().filter(t -> t.getId() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("任务"));
        return taskForm(plan, taskId, TaskForm.of(task), model);
    }

    @PostMapping({"/{id}/tasks", "/{id}/tasks/{taskId}"})
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String saveTask(@PathVariable long id, @PathVariable(required = false) Long taskId, @ModelAttribute("form") TaskForm form,
            Model model, RedirectAttributes redirect) {
        try {
            Task task = management.saveTask(id, taskId, form);
            redirect.addFlashAttribute("message", "已保存任务“" + task.label() + "”");
            return "redirect:/plans/" + id + "#task-" + task.getId();
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return taskForm(management.editable(id), taskId, form, model);
        }
    }

    @PostMapping("/{id}/tasks/{taskId}/delete")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String deleteTask(@PathVariable long id, @PathVariable long taskId, RedirectAttributes redirect) {
        management.deleteTask(id, taskId);
        redirect.addFlashAttribute("message", "已删除任务");
        return "redirect:/plans/" + id;
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            WorkPlan plan = management.publish(id);
            redirect.addFlashAttribute("message", "计划已发布，任务已分解到各责任单位");
            return "redirect:/ledger?planId=" + plan.getId();
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", "未能发布：" + String.join("；", e.problems().stream().map(Throwable::getMessage).toList()));
            return "redirect:/plans/" + id;
        }
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        management.close(id);
        redirect.addFlashAttribute("message", "计划已关闭");
        return "redirect:/plans/" + id;
    }

    @GetMapping("/import")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String importPage(Model model) {
        PlanForm form = new PlanForm();
        form.setPeriodFrom(LocalDate.now(clock).getYear());
        scope.ownUnit().ifPresent(u -> form.setIssuerId(u.getId()));
        return importForm(form, model);
    }

    @PostMapping("/import")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String importChecklist(@ModelAttribute("form") PlanForm form, @RequestParam("file") MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            WorkPlan plan = sheet.importChecklist(form, file.getBytes());
            redirect.addFlashAttribute("message", "已从“" + file.getOriginalFilename() + "”导入" + plan.getTasks().size()
                    + "项任务，计划为草稿，核对后发布");
            return "redirect:/plans/" + plan.getId();
        } catch (ImportRejected e) {
            model.addAttribute("rejected", e);
            return importForm(form, model);
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return importForm(form, model);
        }
    }

    private String importForm(PlanForm form, Model model) {
        planForm(form, null, model);
        return "plans/import";
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        WorkPlan plan = catalog.plan(id);
        return XlsxDownload.of(plan.getTitle() + ".xlsx", sheet.export(plan));
    }

    private String planForm(PlanForm form, Long planId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("planId", planId);
        model.addAttribute("issuers", catalog.issuers());
        return "plans/form";
    }

    private String taskForm(WorkPlan plan, Long taskId, TaskForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("taskId", taskId);
        model.addAttribute("form", form);
        model.addAttribute("selectors", UnitSelector.values());
        model.addAttribute("assigned", management.assignedToIssuer(plan));
        return "plans/task";
    }
}
