package cn.kepu.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.org.Organization;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Times;

/**
 * A scheme's way through the year's end: 草稿 → 已发布 (units see it and assess themselves) → 已评分 (the computed
 * figures frozen, with the time they were read) → 公示 (every assessed unit sees the ranking for a set number of days and
 * may object; each objection answered) → 已定档 (nothing changes any more).
 */
@Service
@Transactional
public class Workflow {

    private final SchemeManagement schemes;
    private final Results results;
    private final FrozenFigures frozen;
    private final Objections objections;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Times times;

    Workflow(SchemeManagement schemes, Results results, FrozenFigures frozen, Objections objections, Notifications notifications,
            ApplicationEventPublisher events, Clock clock, Times times) {
        this.schemes = schemes;
        this.results = results;
        this.frozen = frozen;
        this.objections = objections;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.times = times;
    }

    public Scheme publish(long id) {
        Scheme s = in(id, SchemeState.DRAFT, "只有草稿可以发布");
        List<String> problems = schemes.problems(s);
        if (!problems.isEmpty()) {
            throw new RuleViolation("不能发布：" + String.join("；", problems));
        }
        s.moveTo(SchemeState.PUBLISHED);
        tell(s, "考核方案已发布：" + s.getTitle(), "请查看考核指标和本单位的实时得分"
                + (s.getSelfAssessmentDeadline() == null ? "，并填写自评" : "，并于" + s.getSelfAssessmentDeadline() + "前提交自评"));
        events.publishEvent(ActionPerformed.of(AuditAction.PUBLISH, "考核方案", s.getId(), s.getTitle(), "发布方案"));
        return s;
    }

    /** Freezes every computed figure as it stands now: from here on no later correction in the ledger moves a result. */
    public Scheme finishScoring(long id) {
        Scheme s = in(id, SchemeState.PUBLISHED, "方案发布后才能完成评分");
        frozen.freeze(s.getId(), FrozenFigures.rows(results.live(s)));
        s.freeze(clock.instant());
        s.moveTo(SchemeState.SCORED);
        events.publishEvent(ActionPerformed.of(AuditAction.SCORE, "考核方案", s.getId(), s.getTitle(),
                "完成评分，数据截至" + times.format(s.getFrozenAt())));
        return s;
    }

    public Scheme openPublicity(long id) {
        Scheme s = in(id, SchemeState.SCORED, "完成评分后才能公示");
        LocalDate ends = today().plusDays(s.getPublicityDays());
        s.openPublicity(ends);
        tell(s, "考核结果公示：" + s.getTitle(), "公示至" + ends + "，如有异议请在公示期内提出");
        events.publishEvent(ActionPerformed.of(AuditAction.PUBLISH, "考核方案", s.getId(), s.getTitle(), "公示结果至" + ends));
        return s;
    }

    /** 异议: by an assessed unit, during 公示 only. */
    public Objection object(long id, String body) {
        Scheme s = schemes.scheme(id);
        Organization unit = schemes.assessedUnit(s).orElseThrow(() -> new NotFoundException("考核方案"));
        if (s.getState() != SchemeState.PUBLICITY || today().isAfter(s.getPublicityEnds())) {
            throw new RuleViolation("objection", s.getState() == SchemeState.PUBLICITY
                    ? "公示已于" + s.getPublicityEnds() + "结束，不能再提出异议" : "结果公示期间才能提出异议");
        }
        if (body == null || body.isBlank()) {
            throw new RuleViolation("objection", "请写明异议的内容和理由");
        }
        if (body.strip().length() > 2000) {
            throw new RuleViolation("objection", "异议不能超过2000字");
        }
        Objection o = objections.save(new Objection(s.getId(), unit.getId(), body.strip(), CurrentUser.username(), clock.instant()));
        notifications.notifyAlsoByMail(s.getIssuer().getId(), unit.getName() + "对考核结果提出异议", body.strip(), link(s));
        events.publishEvent(ActionPerformed.of(AuditAction.OBJECT, "考核方案", s.getId(), s.getTitle(), unit.getName() + "：" + body.strip()));
        return o;
    }

    public Objection answer(long id, long objectionId, String answer) {
        Scheme s = in(id, SchemeState.PUBLICITY, "公示期间才能答复异议");
        Objection o = objections.findById(objectionId).filter(x -> x.getSchemeId() == s.getId())
                .orElseThrow(() -> new NotFoundException("异议"));
        if (answer == null || answer.isBlank()) {
            throw new RuleViolation("answer", "请填写答复");
        }
        o.answer(answer.strip(), CurrentUser.username(), clock.instant());
        notifications.notifyAlsoByMail(o.getOrganizationId(), "异议已答复：" + s.getTitle(), answer.strip(), link(s));
        events.publishEvent(ActionPerformed.of(AuditAction.ANSWER, "考核方案", s.getId(), s.getTitle(), "答复异议：" + answer.strip()));
        return o;
    }

    /** 定档: after 公示, every objection answered. */
    public Scheme file(long id) {
        Scheme s = in(id, SchemeState.PUBLICITY, "公示后才能定档");
        long open = objections.countBySchemeIdAndAnswerIsNull(s.getId());
        if (open > 0) {
            throw new RuleViolation("还有" + open + "条异议未答复，答复后才能定档");
        }
        s.moveTo(SchemeState.FINAL);
        tell(s, "考核结果已定档：" + s.getTitle(), "考核结果已定档");
        events.publishEvent(ActionPerformed.of(AuditAction.CLOSE, "考核方案", s.getId(), s.getTitle(), "定档"));
        return s;
    }

    public List<Objection> objections(Scheme s) {
        return objections.findBySchemeIdOrderByFiledAt(s.getId()).stream()
                .filter(o -> schemes.manages(s) || schemes.assessedUnit(s).map(u -> u.getId() == o.getOrganizationId()).orElse(false))
                .toList();
    }

    private Scheme in(long id, SchemeState state, String otherwise) {
        Scheme s = schemes.managed(id);
        if (s.getState() != state) {
            throw new RuleViolation(otherwise + "（方案现为“" + s.getState().label() + "”）");
        }
        return s;
    }

    private void tell(Scheme s, String title, String body) {
        schemes.assessed(s).forEach(u -> notifications.notifyAlsoByMail(u.getId(), title, body, link(s)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(times.zone()));
    }

    private static String link(Scheme s) {
        return "/assessments/" + s.getId();
    }
}
