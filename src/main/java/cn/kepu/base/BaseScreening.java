package cn.kepu.base;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.support.RuleViolation;

/** 初审: the association (county or city) the base is registered under passes an application on to 认定, or returns it. */
@Service
@Transactional
class BaseScreening {

    private final BaseCatalog catalog;
    private final Notifications notifications;
    private final History history;

    BaseScreening(BaseCatalog catalog, Notifications notifications, History history) {
        this.catalog = catalog;
        this.notifications = notifications;
        this.history = history;
    }

    EducationBase pass(long id, String opinion) {
        EducationBase base = screenable(id);
        base.screen(true);
        history.of(base, AuditAction.APPROVE, "初审通过", BaseApplying.strip(opinion));
        return base;
    }

    EducationBase giveBack(long id, String reason) {
        EducationBase base = screenable(id);
        String why = BaseApplying.strip(reason);
        if (why == null) {
            throw new RuleViolation("reason", "请填写退回原因");
        }
        base.screen(false);
        history.of(base, AuditAction.RETURN, "初审退回", why);
        notifications.notify(base.getParent().getId(), "科普教育基地申报被退回：" + base.getName(), "退回原因：" + why, "/bases/" + base.getId());
        return base;
    }

    private EducationBase screenable(long id) {
        EducationBase base = catalog.base(id);
        if (!catalog.decides(base)) {
            throw new RuleViolation("只有主管科协及上级科协的工作人员可以初审");
        }
        if (base.getState() != BaseState.APPLIED) {
            throw new RuleViolation("“" + base.getName() + "”" + base.getState().label() + "，不在待初审状态");
        }
        return base;
    }
}
