package cn.kepu.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.OrganizationForm;
import cn.kepu.org.OrganizationManagement;
import cn.kepu.org.UnitType;
import cn.kepu.support.RuleViolation;

/**
 * 认定: a screened base gets its number and validity, and from then on works as a unit of type 科普教育基地 under its
 * association — an existing unit of its name there is linked, otherwise one is created — so that "各级科普教育基地" in a
 * plan selects it and it organizes activities.
 */
@Service
@Transactional
class BaseRecognition {

    private final EducationBases bases;
    private final BaseCatalog catalog;
    private final OrganizationDirectory organizations;
    private final OrganizationManagement management;
    private final Notifications notifications;
    private final History history;
    private final Clock clock;

    BaseRecognition(EducationBases bases, BaseCatalog catalog, OrganizationDirectory organizations, OrganizationManagement management,
            Notifications notifications, History history, Clock clock) {
        this.bases = bases;
        this.catalog = catalog;
        this.organizations = organizations;
        this.management = management;
        this.notifications = notifications;
        this.history = history;
        this.clock = clock;
    }

    /** A form with today's date and a five-year validity from today. */
    RecognitionForm newForm() {
        LocalDate today = LocalDate.now(clock);
        return new RecognitionForm(null, today, today, today.plusYears(5).minusDays(1));
    }

    EducationBase recognize(long id, RecognitionForm form) {
        EducationBase base = catalog.base(id);
        if (!catalog.decides(base)) {
            throw new RuleViolation("只有主管科协及上级科协的工作人员可以认定科普教育基地");
        }
        if (base.getState() != BaseState.SCREENED) {
            throw new RuleViolation("“" + base.getName() + "”" + base.getState().label() + "，只有初审通过的基地可以认定");
        }
        String number = problems(form);
        Organization unit = unitFor(base);
        base.recognize(number, form.getRecognizedOn(), form.getValidFrom(), form.getValidUntil(), unit.getId());
        bases.saveAndFlush(base);
        history.of(base, AuditAction.RECOGNIZE, "认定", "认定编号：" + number + "；有效期：" + base.getValidFrom() + " 至 "
                + base.getValidUntil());
        notifications.notify(base.getParent().getId(), "科普教育基地已认定：" + base.getName(),
                "“" + base.getName() + "”已认定为" + base.getLevel().label() + "科普教育基地（" + number + "），有效期至" + base.getValidUntil() + "。",
                "/bases/" + base.getId());
        return base;
    }

    /** Checks the form and returns the number as stored. */
    String problems(RecognitionForm form) {
        List<RuleViolation> problems = new ArrayList<>();
        String number = BaseApplying.strip(form.getNumber());
        if (number == null) {
            problems.add(new RuleViolation("number", "请填写认定编号"));
        } else if (number.length() > 50) {
            problems.add(new RuleViolation("number", "认定编号不能超过50个字"));
        } else if (bases.existsByNumber(number)) {
            problems.add(new RuleViolation("number", "认定编号“" + number + "”已被其他基地使用"));
        }
        if (form.getRecognizedOn() == null) {
            problems.add(new RuleViolation("recognizedOn", "请填写认定日期"));
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
        return number;
    }

    /** The unit the base works as: one of its name under its association, or a new 科普教育基地 there. */
    Organization unitFor(EducationBase base) {
        Organization parent = base.getParent();
        Organization existing = organizations.children(parent.getId()).stream()
                .filter(o -> o.getName().equals(base.getName())).findFirst().orElse(null);
        if (existing != null) {
            return existing.isEnabled() ? existing : management.reregister(existing.getId(), "科普教育基地认定");
        }
        OrganizationForm unit = new OrganizationForm();
        unit.setName(base.getName());
        unit.setUnitType(UnitType.EDUCATION_BASE);
        unit.setLevel(base.getLevel().orgLevel());
        unit.setRegionCode(base.getRegion() != null ? base.getRegion().getCode()
                : parent.getRegion() == null ? null : parent.getRegion().getCode());
        unit.setParentId(parent.getId());
        unit.setCreditCode(base.getOperatorCreditCode());
        unit.setContactPerson(base.getContactPerson());
        unit.setContactPhone(base.getContactPhone());
        return management.register(unit);
    }
}
