package cn.kepu.plan;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.kepu.attachment.Upload;
import cn.kepu.support.ApiErrors;
import cn.kepu.support.PageView;
import cn.kepu.support.StaleVersion;

/** Plans, the ledger and progress for other systems and scripts; the same data scope as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "工作计划与任务台账")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'REPORTER')")
class PlanApi {

    private final PlanCatalog catalog;
    private final PlanManagement management;
    private final Ledger ledger;
    private final Progress progress;

    PlanApi(PlanCatalog catalog, PlanManagement management, Ledger ledger, Progress progress) {
        this.catalog = catalog;
        this.management = management;
        this.ledger = ledger;
        this.progress = progress;
    }

    record PlanSummary(long id, String title, String docNumber, String issuer, int periodFrom, int periodTo,
            LocalDate issueDate, String state, int tasks, long version) {
        static PlanSummary of(WorkPlan p) {
            return new PlanSummary(p.getId(), p.getTitle(), p.getDocNumber(), p.getIssuer().getName(), p.getPeriodFrom(),
                    p.getPeriodTo(), p.getIssueDate(), p.getState().label(), p.getTasks().size(), p.getVersion());
        }
    }

    record QuotaView(long id, String subject, String metric, String comparator, BigDecimal target, String unit) {
    }

    record DeadlineView(String text, LocalDate start, LocalDate end, String recurrence) {
    }

    record TaskView(long id, String number, String title, String requirements, List<String> lead, List<String> responsible,
            DeadlineView deadline, List<QuotaView> quotas, String remarks, Long parentTaskId) {
        static TaskView of(Task t) {
            Deadline d = t.getDeadline();
            return new TaskView(t.getId(), t.getNumber(), t.getTitle(), t.getRequirements(),
                    t.getParties().stream().filter(p -> p.getRole() == PartyRole.LEAD).map(TaskParty::label).toList(),
                    t.getParties().stream().filter(p -> p.getRole() == PartyRole.RESPONSIBLE).map(TaskParty::label).toList(),
                    d.isPresent() ? new DeadlineView(d.text(), d.start(), d.end(), d.recurrence().name()) : null,
                    t.getQuotas().stream().map(q -> new QuotaView(q.getId(), q.subjectLabel(), q.getMetric(),
                            q.getBound().ascii(), q.getTarget(), q.getUnit())).toList(), t.getRemarks(),
                    t.getParentTaskId());
        }
    }

    record SectionView(String number, String title, List<SectionView> sections, List<TaskView> tasks) {
        static SectionView of(PlanSection s) {
            return new SectionView(s.getNumber(), s.getTitle(), s.children().stream().map(SectionView::of).toList(),
                    s.tasks().stream().map(TaskView::of).toList());
        }
    }

    record PlanView(PlanSummary plan, List<SectionView> sections, List<TaskView> tasks) {
    }

    @GetMapping("/plans")
    @Operation(summary = "本人数据权限内可见的工作计划")
    List<PlanSummary> plans() {
        return catalog.visible().stream().map(PlanSummary::of).toList();
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "计划详情：章节 → 任务 → 指标；不在章节下的任务列在 tasks")
    PlanView plan(@PathVariable long id) {
        WorkPlan plan = catalog.plan(id);
        return new PlanView(PlanSummary.of(plan), plan.topSections().stream().map(SectionView::of).toList(),
                plan.getTasks().stream().filter(t -> t.getSection() == null).map(TaskView::of).toList());
    }


    /** A save on an old version: 409 with the record as it is now. */
    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        return ApiErrors.stale(e, PlanSummary.of(catalog.plan(e.id())));
    }

    @PostMapping("/plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "新建计划草稿")
    PlanSummary create(@RequestBody PlanForm form) {
        return PlanSummary.of(management.create(form));
    }

    @PutMapping("/plans/{id}")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "修改草稿计划的标题、文号、期限")
    PlanSummary update(@PathVariable long id, @RequestBody PlanForm form) {
        return PlanSummary.of(management.update(id, form));
    }

    @PostMapping("/plans/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "向草稿计划添加任务（责任单位、指标为文本，同页面表单）")
    TaskView addTask(@PathVariable long id, @RequestBody TaskForm form) {
        return TaskView.of(management.saveTask(id, null, form));
    }

    @PostMapping("/plans/{id}/publish")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'STAFF')")
    @Operation(summary = "发布计划，分解任务到责任单位")
    PlanSummary publish(@PathVariable long id) {
        return PlanSummary.of(management.publish(id));
    }

    record LedgerView(int level, String organization, Long organizationId, Long assignmentId, long taskId, String task,
            String category, BigDecimal target, BigDecimal actual, String unit, int completionPercent, String deadline,
            LocalDate dueOn, Long daysLeft, String state, List<String> flags) {
        static LedgerView of(LedgerRow r) {
            return new LedgerView(r.level(), r.organizationName(), r.organizationId(), r.assignmentId(), r.taskId(),
                    r.taskTitle(), r.category(), r.target(), r.actual(), r.unit(), r.completionPercent(), r.deadlineText(),
                    r.dueOn(), r.daysLeft(), r.stateLabel(),
                    r.overdue() ? List.of("overdue") : r.atRisk() ? List.of("at-risk") : List.of());
        }
    }

    /**
     * A page at a time, as the page does: a national user's ledger is half a million rows, more than one response (or
     * one heap) should hold. A page holds whole task groups; {@code totalElements} counts the units' rows.
     */
    @GetMapping("/ledger")
    @Operation(summary = "任务台账（分页，page 从 0 起，size 约为每页行数，最多 1000）：每个任务一行合计（level 0）及各责任单位行；"
            + "一页含完整的任务组，totalElements 为责任单位行数")
    PageView<LedgerView> ledger(@RequestParam(required = false) Long plan, @RequestParam(required = false) Long organization,
            @RequestParam(required = false) AssignmentState state, @RequestParam(required = false) String flag,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "200") int size) {
        int rows = Math.min(Math.max(size, 1), 1000);
        Ledger.Page found = ledger.page(new LedgerFilter(plan, null, organization, state, flag), Math.max(page, 0), rows);
        return new PageView<>(found.rows().stream().map(LedgerView::of).toList(), found.number(), rows, found.totalAssignments(),
                found.totalPages());
    }

    record ProgressRequest(AssignmentState state, String text, Map<Long, BigDecimal> values, List<String> links) {
    }

    @PostMapping(path = "/assignments/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "填报进展并上传证明材料：表单字段 state、text、values[指标id]、links（每行一个），文件字段 files")
    Map<String, Object> reportWithFiles(@PathVariable long id, @ModelAttribute ProgressForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (var file : files == null ? List.<MultipartFile>of() : files) {
            uploads.add(Upload.of(file));
        }
        ProgressReport report = progress.report(id, form, uploads);
        return Map.of("id", report.getId(), "state", report.getState().label(), "evidence", report.getLinks().size() + uploads.size());
    }

    @PostMapping(path = "/assignments/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "填报进展：状态、说明、各指标累计完成数（按指标 id）、链接")
    Map<String, Object> report(@PathVariable long id, @RequestBody ProgressRequest request) {
        ProgressForm form = new ProgressForm();
        form.setState(request.state());
        form.setText(request.text());
        if (request.values() != null) {
            form.setValues(new HashMap<>(request.values()));
        }
        form.setLinks(request.links() == null ? null : String.join("\n", request.links()));
        ProgressReport report = progress.report(id, form, List.of());
        return Map.of("id", report.getId(), "state", report.getState().label());
    }
}
