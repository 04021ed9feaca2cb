package cn.kepu.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.kepu.attachment.Attachment;
import cn.kepu.attachment.AttachmentKind;
import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.attachment.Rule;
import cn.kepu.attachment.StoredFile;
import cn.kepu.attachment.Upload;
import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;

/** 进展填报 and 任务分解 on assignments, and the actuals that count toward quotas. */
@Service
@Transactional
public class Progress {

    /** One child unit's share of a decomposed assignment: quota id → target. */
    public record Share(long organizationId, Map<Long, BigDecimal> targets) {
    }

    static final String REPORT_SOURCE = "report";

    private final Assignments assignments;
    private final ProgressReports reports;
    private final Attachments attachments;
    private final QuotaCounting counting;
    private final ActualSources sources;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxEvidence;

    Progress(Assignments assignments, ProgressReports reports, Attachments attachments, QuotaCounting counting,
            ActualSources sources, DataScope scope, ApplicationEventPublisher events, Clock clock,
            @Value("${kepu.evidence.max-size:20MB}") DataSize maxEvidence) {
        this.assignments = assignments;
        this.reports = reports;
        this.attachments = attachments;
        this.counting = counting;
        this.sources = sources;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
        this.maxEvidence = maxEvidence;
    }

    /** The assignment, if its unit is within the current user's scope; otherwise "not found". */
    @Transactional(readOnly = true)
    public Assignment assignment(long id) {
        return assignments.findById(id).filter(a -> scope.current().covers(a.getOrganization()))
                .orElseThrow(() -> new NotFoundException("任务分解"));
    }

    @Transactional(readOnly = true)
    public List<ProgressReport> reports(long assignmentId) {
        assignment(assignmentId);
        return reports.findByAssignment_IdOrderByReportedAtDesc(assignmentId);
    }

    @Transactional(readOnly = true)
    public List<Assignment> children(long assignmentId) {
        return assignments.findByParent_Id(assignmentId);
    }

    /** Records a report; values replace the unit's earlier reported values. Nothing is stored if any part is wrong. */
    public ProgressReport report(long assignmentId, ProgressForm form, List<Upload> uploads) {
        Assignment assignment = assignment(assignmentId);
        List<RuleViolation> problems = new ArrayList<>();
        if (assignment.getTask().getPlan().getState() != PlanState.PUBLISHED) {
            throw new RuleViolation("计划" + assignment.getTask().getPlan().getState().label() + "，不能再填报");
        }
        if (form.getState() == null) {
            problems.add(new RuleViolation("state", "请选择状态"));
        }
        boolean decomposed = assignments.existsByParent_Id(assignmentId);
        Map<Long, Quota> quotas = new HashMap<>();
        assignment.getTargets().forEach(t -> quotas.put(t.getQuota().getId(), t.getQuota()));
        Map<Long, String> fed = sources.feeding(quotas.keySet());
        Map<Long, BigDecimal> before = reported(assignment);
        Map<Long, BigDecimal> counted = sources.countedBeside(assignment, fed.keySet());
        boolean corrected = false;
        for (Map.Entry<Long, BigDecimal> entry : form.getValues().entrySet()) {
            BigDecimal value = entry.getValue();
            Quota quota = quotas.get(entry.getKey());
            if (value == null) {
                continue;
            }
            if (quota == null) {
                problems.add(new RuleViolation("values", "指标不属于此任务"));
            } else if (decomposed && value.compareTo(before.getOrDefault(quota.getId(), BigDecimal.ZERO)) != 0) {
                problems.add(new RuleViolation("values", "此任务已分解到下级单位，完成数由下级单位填报后汇总"));
            } else if (!fed.containsKey(quota.getId())) {
                if (value.signum() < 0) {
                    problems.add(new RuleViolation("values", quota.getMetric() + "的完成数不能为负数"));
                }
            } else if (counted.getOrDefault(quota.getId(), BigDecimal.ZERO).add(value).signum() < 0) {
                problems.add(new RuleViolation("values", quota.getMetric() + "更正后为负数：已计"
                        + Numbers.plain(counted.getOrDefault(quota.getId(), BigDecimal.ZERO)) + quota.getUnit()
                        + "，最多减去这么多"));
            } else if (value.compareTo(before.getOrDefault(quota.getId(), BigDecimal.ZERO)) != 0) {
                corrected = true;
            }
        }
        String reason = blankToNull(form.getCorrectionReason());
        if (corrected && reason == null) {
            problems.add(new RuleViolation("correctionReason", "请填写更正理由：" + String.join("；", fed.entrySet().stream()
                    .filter(e -> form.getValues().get(e.getKey()) != null)
                    .map(e -> quotas.get(e.getKey()).getMetric() + "由" + e.getValue() + "自动计数，填写的数是在计数之外的增减")
                    .toList())));
        }
        List<String> links = form.getLinks() == null ? List.of()
                : form.getLinks().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        links.stream().filter(l -> !l.matches("https?://\\S+")).forEach(l ->
                problems.add(new RuleViolation("links", "链接“" + l + "”应以 http:// 或 https:// 开头")));
        Rule files = Rule.of("files", AttachmentKind.PHOTO, AttachmentKind.DOCUMENT).withinSize(maxEvidence, "请压缩后上传");
        problems.addAll(attachments.check(files, uploads));
        RuleViolation.throwIfAny(problems);

        String reasonSaid = corrected ? reason : null;
        // An unchanged correction is not said again in every report.
        String valuesText = String.join("；", assignment.getTargets().stream()
                .filter(t -> form.getValues().get(t.getQuota().getId()) != null)
                .filter(t -> !fed.containsKey(t.getQuota().getId()) || form.getValues().get(t.getQuota().getId())
                        .compareTo(before.getOrDefault(t.getQuota().getId(), BigDecimal.ZERO)) != 0)
                .map(t -> valueText(t.getQuota(), form.getValues().get(t.getQuota().getId()), fed.containsKey(t.getQuota().getId()),
                        reasonSaid)).toList());
        ProgressReport report = new ProgressReport(assignment, form.getState(), blankToNull(form.getText()),
                valuesText.isEmpty() ? null : valuesText, CurrentUser.username(), clock.instant());
        links.forEach(report::link);
        reports.saveAndFlush(report);
        attachments.attach(Owner.progressReport(report.getId()), files, uploads);
        recount(assignment, before, form.getValues());
        assignment.moveTo(form.getState(), clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.REPORT, "任务进展", assignmentId,
                assignment.getOrganization().getName() + "：" + assignment.getTask().label(),
                "状态：" + form.getState().label() + (valuesText.isEmpty() ? "" : "；" + valuesText)
                        + (uploads.isEmpty() && links.isEmpty() ? "" : "；证明材料" + (uploads.size() + links.size()) + "项")));
        return report;
    }

    /** Report id → its files (photos and documents), for the reports of one assignment. */
    @Transactional(readOnly = true)
    public Map<Long, List<Attachment>> files(List<ProgressReport> reports) {
        return attachments.of(Owner.PROGRESS_REPORT, reports.stream().map(ProgressReport::getId).toList());
    }

    /** An evidence file, if its report belongs to this assignment and the assignment is within the user's scope. */
    @Transactional(readOnly = true)
    public StoredFile file(long assignmentId, long reportId, long fileId) {
        assignment(assignmentId);
        reports.findById(reportId).filter(r -> r.getAssignment().getId().equals(assignmentId))
                .orElseThrow(() -> new NotFoundException("文件"));
        return attachments.file(Owner.progressReport(reportId), fileId);
    }

    /**
     * 分解: splits an assignment's targets among units beneath its unit. Over the parent's target is refused;
     * short of it is allowed and returned as a warning.
     */
    public List<String> decompose(long assignmentId, List<Share> shares) {
        Assignment parent = assignment(assignmentId);
        Organization unit = parent.getOrganization();
        List<RuleViolation> problems = new ArrayList<>();
        List<Organization> children = new ArrayList<>();
        for (Share share : shares) {
            Organization child = scope.visible(share.organizationId());
            if (child.getId().equals(unit.getId()) || !child.isWithin(unit)) {
                problems.add(new RuleViolation("shares", "“" + child.getName() + "”不是" + unit.getName() + "的下级单位"));
            }
            assignments.findByTask_IdAndOrganization_Id(parent.getTask().getId(), child.getId())
                    .filter(a -> a.getParent() == null || !a.getParent().getId().equals(assignmentId))
                    .ifPresent(a -> problems.add(new RuleViolation("shares", "“" + child.getName() + "”已直接承担此任务，不能再分解给它")));
            children.add(child);
        }
        List<String> warnings = new ArrayList<>();
        if (shares.stream().anyMatch(s -> s.targets().values().stream().anyMatch(v -> v != null && v.signum() < 0))) {
            problems.add(new RuleViolation("shares", "分解的目标值不能为负数"));
        }
        for (AssignmentTarget target : problems.isEmpty() ? parent.getTargets() : List.<AssignmentTarget>of()) {
            BigDecimal sum = shares.stream().map(s -> s.targets().getOrDefault(target.getQuota().getId(), BigDecimal.ZERO))
                    .filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
            String metric = target.getQuota().getMetric();
            if (sum.compareTo(target.getTarget()) > 0) {
                problems.add(new RuleViolation("shares", metric + "分解合计" + Numbers.plain(sum) + target.getQuota().getUnit()
                        + "，超过本单位目标" + Numbers.plain(target.getTarget()) + target.getQuota().getUnit()));
            } else if (sum.compareTo(target.getTarget()) < 0) {
                warnings.add(metric + "分解合计" + Numbers.plain(sum) + target.getQuota().getUnit() + "，少于本单位目标"
                        + Numbers.plain(target.getTarget()) + target.getQuota().getUnit() + "，差额由本单位直接完成");
            }
        }
        RuleViolation.throwIfAny(problems);
        for (int i = 0; i < shares.size(); i++) {
            Organization child = children.get(i);
            Assignment share = assignments.findByTask_IdAndOrganization_Id(parent.getTask().getId(), child.getId())
                    .orElseGet(() -> assignments.save(new Assignment(parent.getTask(), child, parent, clock.instant())));
            for (AssignmentTarget target : parent.getTargets()) {
                BigDecimal value = shares.get(i).targets().get(target.getQuota().getId());
                if (value != null) {
                    share.target(target.getQuota(), value);
                }
            }
        }
        events.publishEvent(ActionPerformed.of(AuditAction.DECOMPOSE, "任务分解", assignmentId,
                unit.getName() + "：" + parent.getTask().label(), "分解到" + shares.size() + "个下级单位"));
        return warnings;
    }

    /**
     * A report's values replace what the unit reported before for those quotas (zero withdraws one); quotas the
     * report leaves empty keep their earlier values. The assignment's reported values are replaced as a whole.
     */
    private void recount(Assignment assignment, Map<Long, BigDecimal> before, Map<Long, BigDecimal> values) {
        String ref = ref(assignment);
        Map<Long, BigDecimal> reported = new HashMap<>(before);
        values.forEach((quotaId, value) -> {
            if (value != null) {
                reported.put(quotaId, value);
            }
        });
        long unit = assignment.getOrganization().getId();
        events.publishEvent(ContributionsChanged.of(REPORT_SOURCE, ref, reported.entrySet().stream()
                .filter(e -> e.getValue().signum() != 0)
                .map(e -> new QuotaContribution(e.getKey(), unit, REPORT_SOURCE, ref, e.getValue())).toList()));
    }


    /**
     * Quota id → what the unit last reported: the figure for a quota nothing counts, the correction for one a source
     * counts. The form starts from these, so a report that changes one figure keeps the others.
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> reported(long assignmentId) {
        return reported(assignment(assignmentId));
    }

    /**
     * @param fedBy quota id → what counts it (a campaign's approved activities), for the quotas a source counts
     * @param parts quota id → where its actual comes from, in words: "本单位审核通过的活动 2项 + 本单位填报的更正 3项"
     */
    public record Actuals(Map<Long, String> fedBy, Map<Long, String> parts) {
    }

    @Transactional(readOnly = true)
    public Actuals actuals(long assignmentId) {
        return sources.of(assignment(assignmentId));
    }

    @Transactional(readOnly = true)
    public Map<Long, String> feeding(long assignmentId) {
        return actuals(assignmentId).fedBy();
    }

    @Transactional(readOnly = true)
    public Map<Long, String> actualParts(long assignmentId) {
        return actuals(assignmentId).parts();
    }

    private Map<Long, BigDecimal> reported(Assignment assignment) {
        Map<Long, BigDecimal> reported = new HashMap<>();
        counting.counted(REPORT_SOURCE, ref(assignment)).forEach((quota, value) -> reported.put(quota, value.stripTrailingZeros()));
        return reported;
    }

    private static String ref(Assignment assignment) {
        return "assignment:" + assignment.getId();
    }

    private static String valueText(Quota quota, BigDecimal value, boolean fed, String reason) {
        if (!fed) {
            return quota.getMetric() + " " + Numbers.plain(value) + quota.getUnit();
        }
        return quota.getMetric() + " 更正" + (value.signum() > 0 ? "+" : "") + Numbers.plain(value) + quota.getUnit()
                + "（在审核通过的活动之外" + (reason == null ? "" : "；理由：" + reason) + "）";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
