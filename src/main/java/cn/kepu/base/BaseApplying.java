package cn.kepu.base;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import cn.kepu.attachment.AttachmentKind;
import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.attachment.Rule;
import cn.kepu.attachment.Upload;
import cn.kepu.audit.AuditAction;
import cn.kepu.notice.Notifications;
import cn.kepu.org.CreditCode;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Region;
import cn.kepu.org.Regions;
import cn.kepu.org.UnitType;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.PhoneNumber;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;

/**
 * 申报: a base is applied for under an association within the user's scope, with its application materials (申报书,
 * photos); a returned application is changed and submitted again. The association is told there is one to screen.
 */
@Service
@Transactional
class BaseApplying {

    static final Rule MATERIALS = Rule.of("files", AttachmentKind.DOCUMENT, AttachmentKind.PHOTO)
            .atMost(20, "个", "申报材料", "每个基地").withinSize(DataSize.ofMegabytes(20), "请压缩后上传");

    private final EducationBases bases;
    private final BaseCatalog catalog;
    private final OrganizationDirectory organizations;
    private final Regions regions;
    private final DataScope scope;
    private final Attachments attachments;
    private final Notifications notifications;
    private final History history;
    private final Clock clock;

    BaseApplying(EducationBases bases, BaseCatalog catalog, OrganizationDirectory organizations, Regions regions, DataScope scope,
            Attachments attachments, Notifications notifications, History history, Clock clock) {
        this.bases = bases;
        this.catalog = catalog;
        this.organizations = organizations;
        this.regions = regions;
        this.scope = scope;
        this.attachments = attachments;
        this.notifications = notifications;
        this.history = history;
        this.clock = clock;
    }

    EducationBase apply(BaseForm form, List<Upload> materials) {
        List<RuleViolation> problems = new ArrayList<>();
        EducationBase.Details details = details(form, problems);
        if (details.parent() != null && details.name() != null
                && bases.existsByParent_IdAndNameAndStateNot(details.parent().getId(), details.name(), BaseState.REVOKED)) {
            problems.add(new RuleViolation("name", "“" + details.parent().getName() + "”下已有名为“" + details.name() + "”的科普教育基地"));
        }
        problems.addAll(attachments.check(MATERIALS, materials));
        RuleViolation.throwIfAny(problems);
        EducationBase base = bases.saveAndFlush(new EducationBase(details, clock.instant(), CurrentUser.username()));
        if (!materials.isEmpty()) {
            attachments.attach(new Owner(BaseCatalog.FILES, base.getId()), MATERIALS, materials);
        }
        history.of(base, AuditAction.CREATE, "申报", "主管单位：" + base.getParent().getName() + "；级别：" + base.getLevel().label()
                + "；运营单位：" + base.getOperatorName() + (materials.isEmpty() ? "" : "；申报材料" + materials.size() + "个"));
        notifications.notify(base.getParent().getId(), "科普教育基地申报待初审：" + base.getName(),
                base.getOperatorName() + "申报" + base.getLevel().label() + "科普教育基地“" + base.getName() + "”，请初审。",
                "/bases/" + base.getId());
        return base;
    }

    /** Changes an application waiting for 初审 or returned, which goes to 初审 again. */
    EducationBase change(long id, BaseForm form, List<Upload> materials) {
        EducationBase base = catalog.base(id);
        if (!base.getState().editable()) {
            throw new RuleViolation("“" + base.getName() + "”" + base.getState().label() + "，申报内容不能再修改");
        }
        Versions.check(form.getVersion(), base.getVersion(), id, "科普教育基地“" + base.getName() + "”");
        List<RuleViolation> problems = new ArrayList<>();
        EducationBase.Details details = details(form, problems);
        problems.addAll(attachments.check(MATERIALS, materials));
        RuleViolation.throwIfAny(problems);
        boolean wasReturned = base.getState() == BaseState.RETURNED;
        base.apply(details);
        base.resubmit();
        bases.saveAndFlush(base);
        if (!materials.isEmpty()) {
            attachments.attach(new Owner(BaseCatalog.FILES, base.getId()), MATERIALS, materials);
        }
        history.of(base, AuditAction.UPDATE, wasReturned ? "修改后重新申报" : "修改申报", null);
        return base;
    }

    /** Reads the typed text into details, one problem per field. Also used by the import. */
    EducationBase.Details details(BaseForm form, List<RuleViolation> problems) {
        String name = strip(form.getName());
        if (name == null) {
            problems.add(new RuleViolation("name", "请填写基地名称"));
        } else if (name.length() > 100) {
            problems.add(new RuleViolation("name", "基地名称不能超过100个字"));
        }
        if (form.getLevel() == null) {
            problems.add(new RuleViolation("level", "请选择基地级别"));
        }
        if (form.getKind() == null) {
            problems.add(new RuleViolation("kind", "请选择基地类别"));
        }
        Organization parent = null;
        if (form.getParentId() == null) {
            problems.add(new RuleViolation("parentId", "请选择主管科协"));
        } else {
            parent = organizations.find(form.getParentId()).filter(o -> scope.current().covers(o)).orElse(null);
            if (parent == null) {
                problems.add(new RuleViolation("parentId", "只能在您权限范围内的科协下申报科普教育基地，所选单位不在您的权限范围内"));
            } else if (parent.getUnitType() != UnitType.ASSOCIATION) {
                problems.add(new RuleViolation("parentId", "主管单位应为科协，“" + parent.getName() + "”是" + parent.getUnitType().label()));
                parent = null;
            } else if (!parent.isEnabled()) {
                problems.add(new RuleViolation("parentId", "主管科协“" + parent.getName() + "”已停用"));
                parent = null;
            }
        }
        String operator = strip(form.getOperatorName());
        if (operator == null) {
            problems.add(new RuleViolation("operatorName", "请填写运营单位"));
        } else if (operator.length() > 100) {
            problems.add(new RuleViolation("operatorName", "运营单位不能超过100个字"));
        }
        String code = strip(form.getOperatorCreditCode());
        if (code == null) {
            problems.add(new RuleViolation("operatorCreditCode", "请填写运营单位的统一社会信用代码"));
        } else {
            code = code.toUpperCase();
            String problem = CreditCode.problemWith(code);
            if (problem != null) {
                problems.add(new RuleViolation("operatorCreditCode", problem));
            }
        }
        Region region = null;
        String regionCode = strip(form.getRegionCode());
        if (regionCode != null) {
            region = regions.findById(regionCode).orElse(null);
            if (region == null) {
                problems.add(new RuleViolation("regionCode", "行政区划代码“" + regionCode + "”不存在，应为6位 GB/T 2260 代码"));
            }
        }
        if (form.getCapacity() != null && form.getCapacity() < 0) {
            problems.add(new RuleViolation("capacity", "接待能力不能为负数"));
        }
        String phone = strip(form.getContactPhone());
        if (phone != null && !PhoneNumber.isValid(phone)) {
            problems.add(new RuleViolation("contactPhone", PhoneNumber.PROBLEM));
        }
        length(problems, "address", "地址", form.getAddress(), 200);
        length(problems, "openHours", "开放时间", form.getOpenHours(), 200);
        length(problems, "themes", "科普主题", form.getThemes(), 500);
        length(problems, "contactPerson", "联系人", form.getContactPerson(), 50);
        length(problems, "introduction", "基地简介", form.getIntroduction(), 2000);
        return new EducationBase.Details(name, form.getLevel(), form.getKind(), parent, operator, code, region,
                strip(form.getAddress()), strip(form.getOpenHours()), strip(form.getThemes()), form.getCapacity(),
                strip(form.getContactPerson()), phone, strip(form.getIntroduction()));
    }

    private static void length(List<RuleViolation> problems, String field, String label, String text, int max) {
        if (text != null && text.strip().length() > max) {
            problems.add(new RuleViolation(field, label + "不能超过" + max + "个字"));
        }
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
