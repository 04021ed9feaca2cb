package cn.kepu.org;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.ActionPerformed;
import cn.kepu.audit.AuditAction;
import cn.kepu.audit.Changes;
import cn.kepu.support.PhoneNumber;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;

/**
 * Creating, changing, moving, disabling and enabling units, within the current user's scope and with the
 * rules of the tree (unique names among siblings, no unit under its own descendant). Each change is audited
 * in the same transaction.
 */
@Service
@Transactional
public class OrganizationManagement {

    static final String AUDIT_TYPE = "组织机构";

    private final Organizations organizations;
    private final Regions regions;
    private final DataScope scope;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrganizationManagement(Organizations organizations, Regions regions, DataScope scope, Clock clock,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.regions = regions;
        this.scope = scope;
        this.clock = clock;
        this.events = events;
    }

    public Organization create(OrganizationForm form) {
        Organization parent = parentFor(form.getParentId());
        List<RuleViolation> problems = new ArrayList<>();
        Organization.Details details = details(form, problems);
        problems.addAll(conflicts(details, parent, null));
        RuleViolation.throwIfAny(problems);
        Organization created = insert(parent, details);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, AUDIT_TYPE, created.getId(), created.getName(),
                "上级单位：" + (parent == null ? "（无）" : parent.getName()) + "；类型：" + details.unitType().label()));
        return created;
    }

    /**
     * A unit that another module's decision brings into the tree — a 科普教育基地 once 认定 — created by whoever took that
     * decision under a unit they see, not only by unit administrators; otherwise the rules and audit of {@link #create}.
     */
    public Organization register(OrganizationForm form) {
        if (form.getParentId() == null) {
            throw new RuleViolation("parentId", "请选择上级单位");
        }
        Organization parent = scope.visible(form.getParentId());
        if (!parent.isEnabled()) {
            throw new RuleViolation("parentId", "上级单位“" + parent.getName() + "”已停用");
        }
        List<RuleViolation> problems = new ArrayList<>();
        Organization.Details details = details(form, problems);
        problems.addAll(conflicts(details, parent, null));
        RuleViolation.throwIfAny(problems);
        Organization created = insert(parent, details);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, AUDIT_TYPE, created.getId(), created.getName(),
                "上级单位：" + parent.getName() + "；类型：" + details.unitType().label()));
        return created;
    }

    /** Disables a unit another module's decision takes out (a base 摘牌), for whoever took it within their scope. */
    public Organization deregister(long id, String reason) {
        Organization unit = scope.visible(id);
        if (!unit.isEnabled()) {
            return unit;
        }
        long enabledChildren = organizations.countEnabledChildren(id);
        if (enabledChildren > 0) {
            throw new RuleViolation("“" + unit.getName() + "”下还有" + enabledChildren + "个正常状态的下级单位，请先停用或移走它们");
        }
        unit.disable(clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.DISABLE, AUDIT_TYPE, id, unit.getName(), "状态：正常 → 停用（" + reason + "）"));
        return unit;
    }

    /** Enables again a unit another module's decision brings back (a base 认定 anew), within the user's scope. */
    public Organization reregister(long id, String reason) {
        Organization unit = scope.visible(id);
        if (unit.isEnabled()) {
            return unit;
        }
        if (unit.getParent() != null && !unit.getParent().isEnabled()) {
            throw new RuleViolation("上级单位“" + unit.getParent().getName() + "”已停用，请先启用上级单位");
        }
        unit.enable(clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.ENABLE, AUDIT_TYPE, id, unit.getName(), "状态：停用 → 正常（" + reason + "）"));
        return unit;
    }

    public Organization update(long id, OrganizationForm form) {
        Organization unit = scope.changeable(id);
        Versions.check(form.getVersion(), unit.getVersion(), id, "单位“" + unit.getName() + "”");
        List<RuleViolation> problems = new ArrayList<>();
        Organization.Details details = details(form, problems);
        problems.addAll(conflicts(details, unit.getParent(), unit));
        RuleViolation.throwIfAny(problems);
        UnitType typeWas = unit.getUnitType();
        Changes changes = unit.apply(details, clock.instant());
        if (unit.getUnitType() != typeWas) {
            events.publishEvent(new OrganizationReshaped(unit.getId(), unit.getPath()));
        }
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, AUDIT_TYPE, unit.getId(), unit.getName(), changes.toString()));
        return unit;
    }

    public Organization move(long id, Long newParentId) {
        Organization unit = scope.changeable(id);
        if (newParentId == null) {
            throw new RuleViolation("parentId", "请选择新的上级单位");
        }
        Organization target = scope.changeable(newParentId);
        if (isOwnUnit(unit)) {
            throw new RuleViolation("parentId", "不能移动本单位：它是您数据权限的起点");
        }
        if (unit.getId().equals(target.getId()) || unit.isAncestorOf(target)) {
            throw new RuleViolation("parentId", "不能将单位移动到其自身或其下级单位之下");
        }
        if (Objects.equals(unit.getParentId(), target.getId())) {
            return unit;
        }
        if (organizations.existsByParent_IdAndName(target.getId(), unit.getName())) {
            throw new RuleViolation("parentId", "“" + target.getName() + "”下已有名为“" + unit.getName() + "”的单位");
        }
        String from = unit.getParent() == null ? "（无）" : unit.getParent().getName();
        String oldPath = unit.getPath();
        unit.placeUnder(target);
        organizations.rewritePaths(oldPath, unit.getPath());
        events.publishEvent(new OrganizationReshaped(unit.getId(), unit.getPath()));
        events.publishEvent(ActionPerformed.of(AuditAction.MOVE, AUDIT_TYPE, id, unit.getName(),
                "上级单位：" + from + " → " + target.getName()));
        return organizations.findById(id).orElseThrow();
    }

    public Organization disable(long id) {
        Organization unit = scope.changeable(id);
        if (isOwnUnit(unit)) {
            throw new RuleViolation("不能停用本单位");
        }
        long enabledChildren = organizations.countEnabledChildren(id);
        if (enabledChildren > 0) {
            throw new RuleViolation("“" + unit.getName() + "”下还有" + enabledChildren + "个正常状态的下级单位，请先停用或移走它们");
        }
        unit.disable(clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.DISABLE, AUDIT_TYPE, id, unit.getName(), "状态：正常 → 停用"));
        return unit;
    }

    public Organization enable(long id) {
        Organization unit = scope.changeable(id);
        if (unit.getParent() != null && !unit.getParent().isEnabled()) {
            throw new RuleViolation("上级单位“" + unit.getParent().getName() + "”已停用，请先启用上级单位");
        }
        unit.enable(clock.instant());
        events.publishEvent(ActionPerformed.of(AuditAction.ENABLE, AUDIT_TYPE, id, unit.getName(), "状态：停用 → 正常"));
        return unit;
    }

    Organization insert(Organization parent, Organization.Details details) {
        Organization unit = organizations.saveAndFlush(new Organization(parent, details, clock.instant()));
        unit.placeUnder(parent);
        events.publishEvent(new OrganizationAdded(unit.getId()));
        return unit;
    }

    private Organization parentFor(Long parentId) {
        if (parentId != null) {
            Organization parent = scope.changeable(parentId);
            if (!parent.isEnabled()) {
                throw new RuleViolation("parentId", "上级单位“" + parent.getName() + "”已停用");
            }
            return parent;
        }
        if (DataScope.currentUser().map(ScopedUser::seesEverything).orElse(false)) {
            return null;
        }
        throw new RuleViolation("parentId", "请选择上级单位");
    }

    private boolean isOwnUnit(Organization unit) {
        return DataScope.currentUser().filter(u -> !u.seesEverything())
                .map(u -> unit.getId().equals(u.organizationId())).orElse(false);
    }

    /** Turns typed text into details, collecting a problem per field instead of stopping at the first. */
    Organization.Details details(OrganizationForm form, List<RuleViolation> problems) {
        Region region = null;
        if (!blank(form.getRegionCode())) {
            String code = form.getRegionCode().strip();
            region = regions.findById(code).orElse(null);
            if (region == null) {
                problems.add(new RuleViolation("regionCode", "行政区划代码“" + code + "”不存在，应为6位 GB/T 2260 代码"));
            }
        }
        String creditCode = blank(form.getCreditCode()) ? null : form.getCreditCode().strip().toUpperCase();
        if (creditCode != null) {
            String problem = CreditCode.problemWith(creditCode);
            if (problem != null) {
                problems.add(new RuleViolation("creditCode", problem));
            }
        }
        String phone = blank(form.getContactPhone()) ? null : form.getContactPhone().strip();
        if (phone != null && !PhoneNumber.isValid(phone)) {
            problems.add(new RuleViolation("contactPhone", PhoneNumber.PROBLEM));
        }
        return new Organization.Details(form.getName() == null ? null : form.getName().strip(),
                blank(form.getShortName()) ? null : form.getShortName().strip(), form.getUnitType(), form.getLevel(),
                region, creditCode, blank(form.getContactPerson()) ? null : form.getContactPerson().strip(), phone);
    }

    List<RuleViolation> conflicts(Organization.Details details, Organization parent, Organization self) {
        boolean renamed = self == null || !self.getName().equals(details.name());
        boolean taken = parent == null ? organizations.existsByParentIsNullAndName(details.name())
                : organizations.existsByParent_IdAndName(parent.getId(), details.name());
        if (renamed && taken) {
            return List.of(new RuleViolation("name", "“" + (parent == null ? "顶级" : parent.getName()) + "”下已有名为“"
                    + details.name() + "”的单位"));
        }
        return List.of();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
