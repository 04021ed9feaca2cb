package cn.kepu.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
import cn.kepu.notice.Notifications;
import cn.kepu.org.Organization;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Times;

/**
 * One unit's 考核表: its score on every indicator with the reason in words, its self-assessment (points, a note and
 * evidence for each manual item) and the issuer's scores, counts and adjustments. The unit fills in and submits its
 * part while the scheme is published and its deadline has not passed; the issuer scores until the result is filed.
 */
@Service
@Transactional
public class UnitSheets {

    static final String OWNER = "assessment-entry";

    /** One indicator's line: the indicator, its first-level parent (if any), the unit's score, what was given, the files. */
    public record Line(SchemeIndicator indicator, SchemeIndicator parent, Indicator.Score score, Entry entry, List<Attachment> evidence) {

        public Optional<Entry> given() {
            return Optional.ofNullable(entry);
        }
    }

    /** The unit's sheet as the reader may see and change it. */
    public record Sheet(Scheme scheme, Organization unit, List<Line> lines, Assessing.Result result, Instant submittedAt,
            boolean selfEditable, boolean scorable) {
    }

    private final SchemeManagement schemes;
    private final Results results;
    private final Entries entries;
    private final AssessedUnits units;
    private final Attachments attachments;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Times times;
    private final DataSize maxEvidence;

    UnitSheets(SchemeManagement schemes, Results results, Entries entries, AssessedUnits units, Attachments attachments,
            Notifications notifications, ApplicationEventPublisher events, Clock clock, Times times,
            @Value("${kepu.evidence.max-size:20MB}") DataSize maxEvidence) {
        this.schemes = schemes;
        this.results = results;
        this.entries = entries;
        this.units = units;
        this.attachments = attachments;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.times = times;
        this.maxEvidence = maxEvidence;
    }

    @Transactional(readOnly = true)
    public Sheet sheet(long schemeId, long unitId) {
        Scheme s = schemes.scheme(schemeId);
        Organization unit = readable(s, unitId);
        Assessing.Result result = results.of(s, unit).orElse(null);
        Map<String, Indicator.Score> scores = new HashMap<>();
        if (result != null) {
            collect(result.score(), scores);
        }
        Map<Long, Entry> given = new HashMap<>();
        entries.findBySchemeIdAndOrganizationId(s.getId(), unit.getId()).forEach(e -> given.put(e.getIndicatorId(), e));
        Map<Long, List<Attachment>> files = attachments.of(OWNER, given.values().stream().map(Entry::getId).toList());
        SchemeTree tree = schemes.tree(s);
        List<Line> lines = new ArrayList<>();
        for (SchemeIndicator top : tree.firstLevel()) {
            if (top.getKind() == IndicatorKind.GROUP) {
                for (SchemeIndicator i : tree.beneath(top)) {
                    lines.add(line(i, top, scores, given, files));
                }
            } else {
                lines.add(line(top, null, scores, given, files));
            }
        }
        Instant submitted = units.submitted(s.getId()).get(unit.getId());
        boolean own = schemes.assessedUnit(s).map(u -> u.getId().equals(unit.getId())).orElse(false);
        return new Sheet(s, unit, lines, result, submitted, own && selfProblem(s, submitted) == null,
                schemes.manages(s) && s.getState() != SchemeState.DRAFT && s.getState() != SchemeState.FINAL);
    }

    /** The unit's self-assessment of its manual items, with evidence; {@code submit} hands it in (no change after). */
    public void assessSelf(long schemeId, Map<Long, BigDecimal> points, Map<Long, String> notes, Map<Long, List<Upload>> files,
            boolean submit) {
        Scheme s = schemes.scheme(schemeId);
        Organization unit = schemes.assessedUnit(s).orElseThrow(() -> new RuleViolation("只有被考核单位可以填写自评"));
        String refused = selfProblem(s, units.submitted(s.getId()).get(unit.getId()));
        if (refused != null) {
            throw new RuleViolation(refused);
        }
        List<SchemeIndicator> manual = schemes.indicators(s).stream().filter(i -> i.getKind() == IndicatorKind.MANUAL).toList();
        List<RuleViolation> problems = new ArrayList<>();
        Rule rule = evidenceRule();
        for (SchemeIndicator i : manual) {
            BigDecimal p = points.get(i.getId());
            String field = "points[" + i.getId() + "]";
            if (p == null && submit) {
                problems.add(new RuleViolation(field, "请填写“" + i.getName() + "”的自评分"));
            } else if (p != null && (p.signum() < 0 || p.compareTo(i.getPoints()) > 0)) {
                problems.add(new RuleViolation(field, "“" + i.getName() + "”的自评分应在0到" + SchemeManagement.plain(i.getPoints()) + "分之间"));
            }
            String note = notes.get(i.getId());
            if (note != null && note.strip().length() > 2000) {
                problems.add(new RuleViolation("notes[" + i.getId() + "]", "“" + i.getName() + "”的自评说明不能超过2000字"));
            }
            List<Upload> uploads = files.getOrDefault(i.getId(), List.of());
            attachments.check(rule, uploads).forEach(v -> problems.add(new RuleViolation("files-" + i.getId(), "“" + i.getName() + "”：" + v.getMessage())));
        }
        RuleViolation.throwIfAny(problems);
        for (SchemeIndicator i : manual) {
            Entry e = entry(s, i, unit.getId());
            e.assessSelf(points.get(i.getId()), notes.get(i.getId()));
            List<Upload> uploads = files.getOrDefault(i.getId(), List.of());
            if (!uploads.isEmpty()) {
                attachments.attach(new Owner(OWNER, e.getId()), rule, uploads);
            }
        }
        if (submit) {
            units.submit(s.getId(), unit.getId(), clock.instant(), CurrentUser.username());
            notifications.notify(s.getIssuer().getId(), unit.getName() + "已提交自评", s.getTitle(),
                    "/assessments/" + s.getId() + "/units/" + unit.getId());
        }
        events.publishEvent(ActionPerformed.of(submit ? AuditAction.SUBMIT : AuditAction.UPDATE, "考核自评", s.getId(),
                s.getTitle(), unit.getName() + (submit ? "提交自评" : "保存自评")));
    }

    /**
     * The issuer's part for one unit: manual items scored, 加分/扣分 counted, computed scores adjusted — each adjustment
     * with its reason (an adjustment left empty is taken back).
     */
    public void score(long schemeId, long unitId, Map<Long, BigDecimal> given, Map<Long, BigDecimal> adjusted, Map<Long, String> reasons) {
        Scheme s = schemes.managed(schemeId);
        Organization unit = readable(s, unitId);
        if (s.getState() == SchemeState.DRAFT || s.getState() == SchemeState.FINAL) {
            throw new RuleViolation(s.getState() == SchemeState.DRAFT ? "方案发布后才能评分" : "考核结果已定档，不能再改分");
        }
        List<RuleViolation> problems = new ArrayList<>();
        List<SchemeIndicator> all = schemes.indicators(s);
        for (SchemeIndicator i : all) {
            BigDecimal g = given.get(i.getId());
            String field = "given[" + i.getId() + "]";
            if (g != null && i.getKind() == IndicatorKind.MANUAL && (g.signum() < 0 || g.compareTo(i.getPoints()) > 0)) {
                problems.add(new RuleViolation(field, "“" + i.getName() + "”的评分应在0到" + SchemeManagement.plain(i.getPoints()) + "分之间"));
            }
            if (g != null && i.getKind().adjustment() && (g.signum() < 0 || g.stripTrailingZeros().scale() > 0)) {
                problems.add(new RuleViolation(field, "“" + i.getName() + "”的次数应为0或正整数"));
            }
            BigDecimal a = adjusted.get(i.getId());
            if (a != null && i.getKind().computed()) {
                if (a.signum() < 0 || a.compareTo(i.getPoints()) > 0) {
                    problems.add(new RuleViolation("adjusted[" + i.getId() + "]", "“" + i.getName() + "”调整后的分数应在0到"
                            + SchemeManagement.plain(i.getPoints()) + "分之间"));
                }
                String reason = reasons.get(i.getId());
                if (reason == null || reason.isBlank()) {
                    problems.add(new RuleViolation("reasons[" + i.getId() + "]", "请填写调整“" + i.getName() + "”得分的理由"));
                } else if (reason.strip().length() > 500) {
                    problems.add(new RuleViolation("reasons[" + i.getId() + "]", "调整理由不能超过500字"));
                }
            }
        }
        RuleViolation.throwIfAny(problems);
        List<String> said = new ArrayList<>();
        for (SchemeIndicator i : all) {
            if (i.getKind() == IndicatorKind.MANUAL || i.getKind().adjustment()) {
                BigDecimal g = given.get(i.getId());
                Entry e = entries.findByIndicatorIdAndOrganizationId(i.getId(), unit.getId()).orElse(null);
                if (g != null || e != null && e.getGiven() != null) {
                    entry(s, i, unit.getId()).give(g);
                    said.add(i.getName() + (g == null ? "清空" : (i.getKind().adjustment() ? g.toBigInteger() + "次" : SchemeManagement.plain(g) + "分")));
                }
            } else if (i.getKind().computed()) {
                BigDecimal a = adjusted.get(i.getId());
                Entry e = entries.findByIndicatorIdAndOrganizationId(i.getId(), unit.getId()).orElse(null);
                if (a != null || e != null && e.getAdjusted() != null) {
                    entry(s, i, unit.getId()).adjust(a, a == null ? null : reasons.get(i.getId()), CurrentUser.username());
                    said.add(i.getName() + (a == null ? "取消调整" : "调整为" + SchemeManagement.plain(a) + "分（" + reasons.get(i.getId()).strip() + "）"));
                }
            }
        }
        events.publishEvent(ActionPerformed.of(AuditAction.SCORE, "考核评分", s.getId(), s.getTitle(),
                unit.getName() + "：" + (said.isEmpty() ? "未改动" : String.join("；", said))));
    }

    /** An evidence file of the unit's self-assessment, to the unit and the issuer only. */
    @Transactional(readOnly = true)
    public StoredFile evidence(long schemeId, long unitId, long entryId, long fileId) {
        Scheme s = schemes.scheme(schemeId);
        Organization unit = readable(s, unitId);
        Entry e = entries.findById(entryId).filter(x -> x.getSchemeId() == s.getId() && x.getOrganizationId() == unit.getId())
                .orElseThrow(() -> new NotFoundException("文件"));
        return attachments.file(new Owner(OWNER, e.getId()), fileId);
    }

    /** Why the unit may not change its self-assessment now, or null when it may. */
    private String selfProblem(Scheme s, Instant submitted) {
        if (s.getState() != SchemeState.PUBLISHED) {
            return "方案“" + s.getState().label() + "”，不能再填写自评";
        }
        if (submitted != null) {
            return "自评已于" + times.format(submitted) + "提交，不能再修改";
        }
        LocalDate today = LocalDate.now(clock.withZone(times.zone()));
        if (s.getSelfAssessmentDeadline() != null && today.isAfter(s.getSelfAssessmentDeadline())) {
            return "自评已于" + s.getSelfAssessmentDeadline() + "截止，不能再填写或提交";
        }
        return null;
    }

    /** The unit, if the scheme assesses it and the reader runs the scheme or is the unit itself. */
    private Organization readable(Scheme s, long unitId) {
        boolean own = schemes.assessedUnit(s).map(u -> u.getId() == unitId).orElse(false);
        if (!own && !(schemes.manages(s) && units.assessed(s.getId(), unitId))) {
            throw new NotFoundException("被考核单位");
        }
        return schemes.organization(unitId);
    }

    private Entry entry(Scheme s, SchemeIndicator i, long unitId) {
        return entries.findByIndicatorIdAndOrganizationId(i.getId(), unitId)
                .orElseGet(() -> entries.saveAndFlush(new Entry(s.getId(), i.getId(), unitId)));
    }

    private Rule evidenceRule() {
        return Rule.of("files", AttachmentKind.PHOTO, AttachmentKind.DOCUMENT).atMost(10, "个", "证明材料", "每项指标")
                .withinSize(maxEvidence, "请压缩后上传");
    }

    private static Line line(SchemeIndicator i, SchemeIndicator parent, Map<String, Indicator.Score> scores, Map<Long, Entry> given,
            Map<Long, List<Attachment>> files) {
        Entry e = given.get(i.getId());
        return new Line(i, parent, scores.get(i.getName()), e, e == null ? List.of() : files.getOrDefault(e.getId(), List.of()));
    }

    private static void collect(Indicator.Score score, Map<String, Indicator.Score> into) {
        into.put(score.name(), score);
        score.children().forEach(c -> collect(c, into));
    }
}
