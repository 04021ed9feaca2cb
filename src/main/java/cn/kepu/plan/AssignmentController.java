package cn.kepu.plan;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
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

import cn.kepu.attachment.Upload;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.support.RuleViolation;

/** One unit's part of a task: targets and actuals, the progress form with evidence, history, decomposition. */
@Controller
@RequestMapping("/assignments")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class AssignmentController {

    private final Progress progress;
    private final Ledger ledger;
    private final OrganizationDirectory organizations;
    private final Tasks tasks;

    AssignmentController(Progress progress, Ledger ledger, OrganizationDirectory organizations, Tasks tasks) {
        this.tasks = tasks;
        this.progress = progress;
        this.ledger = ledger;
        this.organizations = organizations;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Assignment assignment = progress.assignment(id);
        ProgressForm form = new ProgressForm();
        form.setState(assignment.getState() == AssignmentState.NOT_STARTED ? AssignmentState.IN_PROGRESS : assignment.getState());
        form.setValues(progress.reported(id));
        return page(assignment, form, model);
    }

    @PostMapping("/{id}/progress")
    String report(@PathVariable long id, @ModelAttribute("form") ProgressForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
                uploads.add(Upload.of(file));
            }
        }
        try {
            progress.report(id, form, uploads);
            redirect.addFlashAttribute("message", "进展已提交");
            return "redirect:/assignments/" + id;
        } catch (RuleViolation e) {
            model.addAttribute("problems", e.problems());
            return page(progress.assignment(id), form, model);
        }
    }

    @PostMapping("/{id}/decompose")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    String decompose(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Assignment assignment = progress.assignment(id);
        List<Progress.Share> shares = new ArrayList<>();
        for (Organization child : organizations.children(assignment.getOrganization().getId())) {
            HashMap<Long, BigDecimal> targets = new HashMap<>();
            for (AssignmentTarget t : assignment.getTargets()) {
                String value = params.get("share[" + child.getId() + "][" + t.getQuota().getId() + "]");
                if (value != null && !value.isBlank()) {
                    try {
                        targets.put(t.getQuota().getId(), new BigDecimal(value.strip()));
                    } catch (NumberFormatException e) {
                        redirect.addFlashAttribute("error", "“" + child.getName() + "”的目标值“" + value + "”不是数字");
                        return "redirect:/assignments/" + id;
                    }
                }
            }
            if (!targets.isEmpty()) {
                shares.add(new Progress.Share(child.getId(), targets));
            }
        }
        try {
            List<String> warnings = progress.decompose(id, shares);
            redirect.addFlashAttribute("message", "已分解到" + shares.size() + "个下级单位"
                    + (warnings.isEmpty() ? "" : "。注意：" + String.join("；", warnings)));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", String.join("；", e.problems().stream().map(Throwable::getMessage).toList()));
        }
        return "redirect:/assignments/" + id;
    }

    @GetMapping("/{id}/reports/{report}/files/{file}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long report, @PathVariable long file) {
        return progress.file(id, report, file).opened();
    }

    private String page(Assignment assignment, ProgressForm form, Model model) {
        model.addAttribute("assignment", assignment);
        model.addAttribute("task", assignment.getTask());
        model.addAttribute("form", form);
        List<ProgressReport> reports = progress.reports(assignment.getId());
        model.addAttribute("reports", reports);
        model.addAttribute("files", progress.files(reports));
        model.addAttribute("row", ledger.rowOf(assignment));
        Progress.Actuals actuals = progress.actuals(assignment.getId());
        model.addAttribute("parts", actuals.parts());
        model.addAttribute("fed", actuals.fedBy());
        model.addAttribute("children", progress.children(assignment.getId()));
        model.addAttribute("ownTasks", tasks.findByParentTaskIdAndPlan_Issuer_Id(assignment.getTask().getId(),
                assignment.getOrganization().getId()));
        model.addAttribute("childUnits", organizations.children(assignment.getOrganization().getId())
                .stream().filter(Organization::isEnabled).toList());
        model.addAttribute("states", AssignmentState.values());
        return "plans/assignment";
    }
}
