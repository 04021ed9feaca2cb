package cn.kepu.works;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.expert.Expert;
import cn.kepu.expert.ExpertRegistry;
import cn.kepu.notice.Notifications;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.PersonalDataCipher;
import cn.kepu.support.RuleViolation;

/**
 * What the issuing unit does with the works: 形式审查 (accept, or return with a reason), the panel from the expert
 * registry, the experts' scores entered by its staff from each expert's sheet (experts have no accounts; each score is
 * recorded under the expert with who entered it), the awards by category, and their 公示. An expert whose employer
 * or managing unit is the author's unit does not score that work (回避).
 */
@Service
@Transactional
public class WorkReview {

    private final WorkCatalog catalog;
    private final ReviewGroups groups;
    private final Works works;
    private final WorkCalls calls;
    private final ExpertRegistry experts;
    private final PersonalDataCipher cipher;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkReview(WorkCatalog catalog, ReviewGroups groups, Works works, WorkCalls calls, ExpertRegistry experts, PersonalDataCipher cipher,
            Notifications notifications, ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.cipher = cipher;
        this.notifications = notifications;
        this.catalog = catalog;
        this.works = works;
        this.calls = calls;
        this.experts = experts;
        this.events = events;
        this.clock = clock;
    }

    /** 形式审查: accept, or return with the reason (required). */
    public Work check(long workId, boolean accept, String reason) {
        Work w = reviewable(workId);
        if (w.getCall().isPublished()) {
            throw new RuleViolation("decision", "获奖名单已公示，不能再审查");
        }
        if (!w.getScores().isEmpty() && !accept) {
            throw new RuleViolation("decision", "作品已有专家评分，不能退回");
        }
        String why = CallManagement.strip(reason);
        if (!accept && why == null) {
            throw new RuleViolation("reason", "退回时请填写理由");
        }
        if (why != null && why.length() > 500) {
            throw new RuleViolation("reason", "理由不能超过500字");
        }
        w.check(accept, why, clock.instant(), CurrentUser.username());
        works.saveAndFlush(w);
        if (w.getSubmittingUnit() != null) {
            notifications.notify(w.getSubmittingUnit().getId(), (accept ? "作品通过形式审查：" : "作品被退回：") + w.getTitle(),
                    "“" + w.getTitle() + "”（" + w.getCall().getTitle() + "）" + (accept ? "已通过形式审查，进入专家评审。" : "被退回。理由：" + why),
                    "/works/" + w.getId());
        }
        events.publishEvent(ActionPerformed.of(accept ? AuditAction.APPROVE : AuditAction.RETURN, CallManagement.AUDIT_TYPE,
                w.getId(), w.getTitle(), accept ? "形式审查通过" : "退回：" + why));
        return w;
    }

    /** 显示完整号码: the author's phone decrypted for the issuing unit, which contacts the authors; audited. */
    public String revealPhone(long workId) {
        Work w = reviewable(workId);
        events.publishEvent(ActionPerformed.of(AuditAction.REVEAL, CallManagement.AUDIT_TYPE, w.getId(), w.getTitle(),
                "查看作者" + w.getAuthors() + "的完整联系电话"));
        return cipher.decrypt(w.getPhoneSealed());
    }

    /** The registry's experts the user may pick for the panel, by name or employer. */
    @Transactional(readOnly = true)
    public List<Expert> candidates(WorkCall call, String name) {
        if (!catalog.reviews(call) || !experts.maySearch()) {
            return List.of();
        }
        Page<Expert> found = experts.experts(new ExpertRegistry.Filter(name, null, null, null, false, null), 0, 30);
        return found.getContent().stream().filter(e -> call.panelist(e.getId()).isEmpty()).toList();
    }

    public WorkCall assign(long callId, long expertId) {
        WorkCall call = managed(callId);
        Expert e = experts.expert(expertId);
        if (call.panelist(expertId).isPresent()) {
            throw new RuleViolation("expertId", e.getName() + "已在评审专家组中");
        }
        call.assign(new PanelExpert(e.getId(), e.getName(), e.getEmployer(), e.getUnit().getName()));
        calls.saveAndFlush(call);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, CallManagement.AUDIT_TYPE, call.getId(), call.getTitle(),
                "评审专家组加入" + e.getName() + "（" + e.getEmployer() + "）"));
        return call;
    }

    public WorkCall unassign(long callId, long expertId) {
        WorkCall call = managed(callId);
        PanelExpert e = call.panelist(expertId).orElseThrow(() -> new NotFoundException("评审专家"));
        boolean scored = works.findByCall_IdOrderByCategoryAscIdAsc(callId).stream().anyMatch(w -> w.scoreOf(expertId).isPresent());
        if (scored) {
            throw new RuleViolation("expertId", e.name() + "已有评分，不能移出专家组");
        }
        call.unassign(expertId);
        calls.saveAndFlush(call);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, CallManagement.AUDIT_TYPE, call.getId(), call.getTitle(),
                "评审专家组移出" + e.name()));
        return call;
    }

    /** One expert's score of one work, 0–100 with one decimal at most; a new score replaces the expert's last. */
    public Work score(long workId, long expertId, BigDecimal points) {
        Work w = reviewable(workId);
        PanelExpert expert = w.getCall().panelist(expertId)
                .orElseThrow(() -> new RuleViolation("expertId", "该专家不在本次征集的评审专家组中"));
        Set<Long> given = groups.givenTo(w.getCall().getId(), expertId, List.of(workId));
        if (given != null && given.isEmpty()) {
            throw new RuleViolation("points", "“" + w.getTitle() + "”未分配给专家" + expert.name() + "评审");
        }
        scoreChecked(w, expert, points, "points");
        works.saveAndFlush(w);
        return w;
    }

    /** An expert's sheet: the points typed per work (blank: not scored); all stored or, if one is wrong, none. */
    public int scoreSheet(long callId, long expertId, Map<Long, String> typed) {
        WorkCall call = managed(callId);
        PanelExpert expert = call.panelist(expertId)
                .orElseThrow(() -> new RuleViolation("expertId", "该专家不在本次征集的评审专家组中"));
        List<RuleViolation> problems = new ArrayList<>();
        List<Work> scored = new ArrayList<>();
        // Only the works on the sheet sent (a page of a large call), and under 分组评审 only those given to the expert.
        Set<Long> given = groups.givenTo(callId, expertId, typed.keySet());
        for (Work w : works.findAllById(typed.keySet())) {
            String text = CallManagement.strip(typed.get(w.getId()));
            if (text == null || w.getCall().getId() != callId) {
                continue;
            }
            if (given != null && !given.contains(w.getId())) {
                problems.add(new RuleViolation("points-" + w.getId(), "“" + w.getTitle() + "”未分配给专家" + expert.name() + "评审"));
                continue;
            }
            try {
                scoreChecked(w, expert, parse(text), "points-" + w.getId());
                scored.add(w);
            } catch (RuleViolation e) {
                e.problems().forEach(p -> problems.add(new RuleViolation("points-" + w.getId(), "“" + w.getTitle() + "”：" + p.getMessage())));
            }
        }
        RuleViolation.throwIfAny(problems);
        works.saveAllAndFlush(scored);
        return scored.size();
    }

    static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("points", "评分“" + text.strip() + "”不是数字");
        }
    }

    private void scoreChecked(Work w, PanelExpert expert, BigDecimal points, String field) {
        if (w.getCall().isPublished()) {
            throw new RuleViolation(field, "获奖名单已公示，评分已结束");
        }
        if (w.getState() != WorkState.ACCEPTED) {
            throw new RuleViolation(field, "作品" + w.getState().label() + "，形式审查通过后才能评分");
        }
        if (points == null) {
            throw new RuleViolation(field, "请填写评分");
        }
        if (points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolation(field, "评分应在0到100之间，“" + points.toPlainString() + "”超出了范围");
        }
        if (points.stripTrailingZeros().scale() > 1) {
            throw new RuleViolation(field, "评分最多保留一位小数");
        }
        conflict(w, expert).ifPresent(unit -> {
            throw new RuleViolation(field, "专家" + expert.name() + "的工作单位（" + unit + "）与作者单位相同，应回避，不能为该作品评分");
        });
        w.score(expert, points, CurrentUser.username(), clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.SCORE, CallManagement.AUDIT_TYPE, w.getId(), w.getTitle(),
                "专家" + expert.name() + "评分" + points.toPlainString()));
    }

    /** The unit an expert shares with the work's authors, if any: 回避. */
    public static Optional<String> conflict(Work w, PanelExpert expert) {
        return conflict(w.getAuthorUnit(), w.getSubmittingUnit() == null ? null : w.getSubmittingUnit().getName(), expert);
    }

    /** The same, from the author's unit and the submitting unit's name (null when submitted without an account). */
    static Optional<String> conflict(String authorUnit, String submittingUnit, PanelExpert expert) {
        List<String> authorUnits = new ArrayList<>();
        authorUnits.add(authorUnit);
        if (submittingUnit != null) {
            authorUnits.add(submittingUnit);
        }
        for (String expertUnit : new String[] {expert.employer(), expert.unitName()}) {
            String e = key(expertUnit);
            if (e != null && authorUnits.stream().map(WorkReview::key).anyMatch(e::equals)) {
                return Optional.of(expertUnit.strip());
            }
        }
        return Optional.empty();
    }

    private static String key(String unit) {
        return unit == null || unit.isBlank() ? null : unit.replaceAll("\\s", "");
    }

    /** The awards as decided (null: none) for the call's accepted works; before 公示. */
    public WorkCall award(long callId, Map<Long, Award> decided) {
        WorkCall call = managed(callId);
        if (call.isPublished()) {
            throw new RuleViolation("award", "获奖名单已公示，不能再修改");
        }
        List<String> changes = new ArrayList<>();
        List<Work> changed = new ArrayList<>();
        List<RuleViolation> problems = new ArrayList<>();
        // Only the works the form sent (a page of a large call).
        for (Work w : works.findAllById(decided.keySet())) {
            if (w.getCall().getId() != callId) {
                continue;
            }
            Award a = decided.get(w.getId());
            if (a != null && w.getState() != WorkState.ACCEPTED) {
                problems.add(new RuleViolation("award-" + w.getId(), "“" + w.getTitle() + "”未通过形式审查，不能获奖"));
                continue;
            }
            if (a != w.getAward()) {
                w.award(a);
                changed.add(w);
                changes.add(w.getTitle() + "：" + (a == null ? "无" : a.label()));
            }
        }
        RuleViolation.throwIfAny(problems);
        works.saveAllAndFlush(changed);
        if (!changes.isEmpty()) {
            events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, CallManagement.AUDIT_TYPE, call.getId(), call.getTitle(),
                    "评定奖项：" + String.join("；", changes)));
        }
        return call;
    }

    /** 公示: the award list goes on the public page and the awarded works into the 作品库. */
    public WorkCall publish(long callId) {
        WorkCall call = managed(callId);
        if (call.isPublished()) {
            throw new RuleViolation("award", "获奖名单已公示");
        }
        if (!call.isClosedOn(catalog.today())) {
            throw new RuleViolation("award", "征集尚未截止（" + call.getClosesOn() + "），不能公示获奖名单");
        }
        long awarded = works.findByCall_IdOrderByCategoryAscIdAsc(callId).stream().filter(w -> w.getAward() != null).count();
        if (awarded == 0) {
            throw new RuleViolation("award", "还没有评定获奖作品");
        }
        call.publishAwards(clock.instant(), CurrentUser.username());
        calls.saveAndFlush(call);
        events.publishEvent(ActionPerformed.of(AuditAction.PUBLISH, CallManagement.AUDIT_TYPE, call.getId(), call.getTitle(),
                "公示获奖名单：" + awarded + "件作品"));
        return call;
    }

    private WorkCall managed(long callId) {
        WorkCall call = catalog.call(callId);
        if (!catalog.reviews(call)) {
            throw new RuleViolation("decision", "只有发布征集通知的" + call.getIssuer().getName() + "可以审查、评分和评奖");
        }
        return call;
    }

    private Work reviewable(long workId) {
        Work w = catalog.work(workId);
        if (!catalog.reviews(w.getCall())) {
            throw new RuleViolation("decision", "只有发布征集通知的" + w.getCall().getIssuer().getName() + "可以审查、评分和评奖");
        }
        return w;
    }
}
