package cn.kepu.base;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.support.RuleViolation;

/** 评估 and 命名: the association names a site that meets its criteria, with a number and validity, or sends it back. */
@Service
@Transactional
class SiteEvaluation {

    private final DemonstrationSites sites;
    private final SiteCatalog catalog;
    private final Notifications notifications;
    private final History history;

    SiteEvaluation(DemonstrationSites sites, SiteCatalog catalog, Notifications notifications, History history) {
        this.sites = sites;
        this.catalog = catalog;
        this.notifications = notifications;
        this.history = history;
    }

    DemonstrationSite name(long id, RecognitionForm form, String evaluation) {
        DemonstrationSite site = evaluable(id);
        List<RuleViolation> problems = new ArrayList<>();
        String number = BaseApplying.strip(form.getNumber());
        if (number == null) {
            problems.add(new RuleViolation("number", "请填写命名文号"));
        } else if (number.length() > 50) {
            problems.add(new RuleViolation("number", "命名文号不能超过50个字"));
        } else if (sites.existsByNumber(number)) {
            problems.add(new RuleViolation("number", "命名文号“" + number + "”已被使用"));
        }
        if (form.getRecognizedOn() == null) {
            problems.add(new RuleViolation("recognizedOn", "请填写命名日期"));
        }
        if (form.getValidFrom() == null) {
            problems.add(new RuleViolation("validFrom", "请填写有效期起始日期"));
        }
        if (form.getValidUntil() == null) {
            problems.add(new RuleViolation("validUntil", "请填写有效期截止日期"));
        } else if (form.getValidFrom() != null && form.getValidUntil().isBefore(form.getValidFrom())) {
            problems.add(new RuleViolation("validUntil", "有效期截止日期（" + form.getValidUntil() + "）早于起始日期（"
                    + form.getValidFrom() + "），请核对"));
        }
        RuleViolation.throwIfAny(problems);
        site.name(number, form.getRecognizedOn(), form.getValidFrom(), form.getValidUntil(), BaseApplying.strip(evaluation));
        sites.saveAndFlush(site);
        history.of(site, AuditAction.RECOGNIZE, "评估达标，命名", "文号：" + number + "；有效期：" + site.getValidFrom() + " 至 " + site.getValidUntil());
        notifications.notify(site.getParent().getId(), site.getKind().label() + "已命名：" + site.getName(),
                "“" + site.getName() + "”命名为" + site.getKind().label() + "（" + number + "），有效期至" + site.getValidUntil() + "。",
                "/demonstration-sites/" + site.getId());
        return site;
    }

    DemonstrationSite fallShort(long id, String evaluation) {
        DemonstrationSite site = evaluable(id);
        String why = BaseApplying.strip(evaluation);
        if (why == null) {
            throw new RuleViolation("evaluation", "请填写评估意见（未达标的方面）");
        }
        site.fallShort(why);
        history.of(site, AuditAction.RETURN, "评估未达标，继续创建", why);
        return site;
    }

    DemonstrationSite revoke(long id, String reason) {
        DemonstrationSite site = catalog.site(id);
        if (!catalog.decides(site)) {
            throw new RuleViolation("只有主管科协及上级科协的工作人员可以撤销命名");
        }
        if (site.getState() != SiteState.NAMED) {
            throw new RuleViolation("“" + site.getName() + "”" + site.getState().label() + "，只有已命名的可以撤销");
        }
        String why = BaseApplying.strip(reason);
        if (why == null) {
            throw new RuleViolation("evaluation", "请填写撤销原因");
        }
        site.revoke(why);
        history.of(site, AuditAction.DISABLE, "撤销命名", why);
        return site;
    }

    private DemonstrationSite evaluable(long id) {
        DemonstrationSite site = catalog.site(id);
        if (!catalog.decides(site)) {
            throw new RuleViolation("只有主管科协及上级科协的工作人员可以评估");
        }
        if (site.getState() != SiteState.SUBMITTED) {
            throw new RuleViolation("“" + site.getName() + "”" + site.getState().label() + "，不在待评估状态");
        }
        return site;
    }
}
