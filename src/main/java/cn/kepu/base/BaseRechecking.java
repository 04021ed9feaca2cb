package cn.kepu.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.support.RuleViolation;

/**
 * 复核, due from 90 days before a base's validity ends (a base told to rectify, at any time): 合格 gives a new validity
 * of the same length, 限期整改 sets a date to rectify by, 摘牌 revokes it and disables its unit, so that plans no longer
 * select it.
 */
@Service
@Transactional
class BaseRechecking {

    private final BaseCatalog catalog;
    private final OrganizationManagement management;
    private final Notifications notifications;
    private final History history;
    private final Clock clock;

    BaseRechecking(BaseCatalog catalog, OrganizationManagement management, Notifications notifications, History history, Clock clock) {
        this.catalog = catalog;
        this.management = management;
        this.notifications = notifications;
        this.history = history;
        this.clock = clock;
    }

    EducationBase recheck(long id, RecheckForm form) {
        EducationBase base = catalog.base(id);
        if (!catalog.decides(base)) {
            throw new RuleViolation("只有主管科协及上级科协的工作人员可以复核");
        }
        if (!base.getState().recognized()) {
            throw new RuleViolation("“" + base.getName() + "”" + base.getState().label() + "，只有已认定的基地可以复核");
        }
        LocalDate today = LocalDate.now(clock);
        if (!base.recheckDueOn(today)) {
            throw new RuleViolation("“" + base.getName() + "”的认定有效期至" + base.getValidUntil() + "，尚未到复核时间（自"
                    + base.recheckFrom() + "起可以复核）");
        }
        List<RuleViolation> problems = new ArrayList<>();
        String opinion = BaseApplying.strip(form.getOpinion());
        if (form.getOutcome() == null) {
            problems.add(new RuleViolation("outcome", "请选择复核结论"));
        } else if (form.getOutcome() != RecheckOutcome.PASSED && opinion == null) {
            problems.add(new RuleViolation("opinion", "“" + form.getOutcome().label() + "”须填写复核意见"));
        }
        if (opinion != null && opinion.length() > 1000) {
            problems.add(new RuleViolation("opinion", "复核意见不能超过1000个字"));
        }
        if (form.getOutcome() == RecheckOutcome.RECTIFY) {
            if (form.getRectifyBy() == null) {
                problems.add(new RuleViolation("rectifyBy", "请填写整改期限"));
            } else if (!form.getRectifyBy().isAfter(today)) {
                problems.add(new RuleViolation("rectifyBy", "整改期限应晚于今天（" + today + "）"));
            }
        }
        RuleViolation.throwIfAny(problems);
        String detail;
        switch (form.getOutcome()) {
            case PASSED -> {
                base.renew();
                detail = "有效期延至" + base.getValidUntil();
            }
            case RECTIFY -> {
                base.rectifyBy(form.getRectifyBy());
                detail = "整改期限：" + form.getRectifyBy();
            }
            default -> {
                base.revoke();
                if (base.getOrganizationId() != null) {
                    management.deregister(base.getOrganizationId(), "科普教育基地摘牌");
                }
                detail = "已摘牌";
            }
        }
        history.of(base, AuditAction.RECHECK, "复核：" + form.getOutcome().label(), detail + (opinion == null ? "" : "；意见：" + opinion));
        notifications.notify(base.getParent().getId(), "科普教育基地复核结论：" + base.getName() + " " + form.getOutcome().label(),
                detail + (opinion == null ? "" : "。复核意见：" + opinion), "/bases/" + base.getId());
        return base;
    }
}
