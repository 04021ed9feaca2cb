package cn.kepu.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.audit.AuditAction;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Region;
import cn.kepu.org.Regions;
import cn.kepu.org.UnitType;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.PhoneNumber;
import cn.kepu.support.RuleViolation;

/**
 * 创建: a county, community or village starts creating under an association within the user's scope, ticks the
 * criteria of its kind as it meets them, and asks for evaluation when every criterion is met.
 */
@Service
@Transactional
class SiteCreating {

    private final DemonstrationSites sites;
    private final SiteCatalog catalog;
    private final OrganizationDirectory organizations;
    private final Regions regions;
    private final DataScope scope;
    private final History history;
    private final Clock clock;

    SiteCreating(DemonstrationSites sites, SiteCatalog catalog, OrganizationDirectory organizations, Regions regions, DataScope scope,
            History history, Clock clock) {
        this.sites = sites;
        this.catalog = catalog;
        this.organizations = organizations;
        this.regions = regions;
        this.scope = scope;
        this.history = history;
        this.clock = clock;
    }

    DemonstrationSite start(SiteForm form) {
        List<RuleViolation> problems = new ArrayList<>();
        DemonstrationSite site = planned(form, problems);
        RuleViolation.throwIfAny(problems);
        sites.saveAndFlush(site);
        history.of(site, AuditAction.CREATE, "开始创建", "主管科协：" + site.getParent().getName() + "；创建标准" + site.getCriteria().size() + "项");
        return site;
    }

    /** The site the form describes, not yet stored, with one problem per wrong field (also for the import). */
    DemonstrationSite planned(SiteForm form, List<RuleViolation> problems) {
        String name = BaseApplying.strip(form.getName());
        if (name == null) {
            problems.add(new RuleViolation("name", "请填写名称"));
        } else if (name.length() > 100) {
            problems.add(new RuleViolation("name", "名称不能超过100个字"));
        }
        if (form.getKind() == null) {
            problems.add(new RuleViolation("kind", "请选择创建类型（示范县、示范社区或示范村）"));
        }
        Organization parent = null;
        if (form.getParentId() == null) {
            problems.add(new RuleViolation("parentId", "请选择主管科协"));
        } else {
            parent = organizations.find(form.getParentId()).filter(o -> scope.current().covers(o)).orElse(null);
            if (parent == null) {
                problems.add(new RuleViolation("parentId", "只能在您权限范围内的科协下创建，所选单位不在您的权限范围内"));
            } else if (parent.getUnitType() != UnitType.ASSOCIATION || !parent.isEnabled()) {
                problems.add(new RuleViolation("parentId", "主管单位应为正常状态的科协"));
                parent = null;
            }
        }
        if (parent != null && name != null && form.getKind() != null
                && sites.existsByParent_IdAndNameAndKindAndStateNot(parent.getId(), name, form.getKind(), SiteState.REVOKED)) {
            problems.add(new RuleViolation("name", "“" + parent.getName() + "”下已有“" + name + "”的" + form.getKind().label() + "创建"));
        }
        Region region = null;
        String regionCode = BaseApplying.strip(form.getRegionCode());
        if (regionCode != null) {
            region = regions.findById(regionCode).orElse(null);
            if (region == null) {
                problems.add(new RuleViolation("regionCode", "行政区划代码“" + regionCode + "”不存在，应为6位 GB/T 2260 代码"));
            }
        }
        String phone = BaseApplying.strip(form.getContactPhone());
        if (phone != null && !PhoneNumber.isValid(phone)) {
            problems.add(new RuleViolation("contactPhone", PhoneNumber.PROBLEM));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate started = form.getStartedOn() == null ? today : form.getStartedOn();
        if (started.isAfter(today)) {
            problems.add(new RuleViolation("startedOn", "开始创建日期不能晚于今天（" + today + "）"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new DemonstrationSite(name, form.getKind(), parent, region, BaseApplying.strip(form.getAddress()),
                BaseApplying.strip(form.getContactPerson()), phone, started, clock.instant(), CurrentUser.username());
    }

    /** Ticks the checklist: position → met, with notes; only while creating. */
    DemonstrationSite check(long id, Map<Integer, Boolean> met, Map<Integer, String> notes) {
        DemonstrationSite site = catalog.site(id);
        if (site.getState() != SiteState.CREATING) {
            throw new RuleViolation("“" + site.getName() + "”" + site.getState().label() + "，不能再修改创建标准的达标情况");
        }
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < site.getCriteria().size(); i++) {
            SiteCriterion c = site.getCriteria().get(i);
            boolean nowMet = Boolean.TRUE.equals(met.get(i));
            String note = BaseApplying.strip(notes.get(i));
            if (note != null && note.length() > 500) {
                throw new RuleViolation("notes", "第" + (i + 1) + "项的说明不能超过500个字");
            }
            if (nowMet != c.isMet()) {
                changed.add("第" + (i + 1) + "项" + (nowMet ? "达标" : "未达标"));
            }
            c.check(nowMet, note);
        }
        sites.saveAndFlush(site);
        history.of(site, AuditAction.UPDATE, "更新达标情况", "达标" + site.metCount() + "/" + site.getCriteria().size() + "项"
                + (changed.isEmpty() ? "" : "（" + String.join("，", changed) + "）"));
        return site;
    }

    DemonstrationSite submit(long id) {
        DemonstrationSite site = catalog.site(id);
        if (site.getState() != SiteState.CREATING) {
            throw new RuleViolation("“" + site.getName() + "”" + site.getState().label() + "，不能提请评估");
        }
        long open = site.getCriteria().size() - site.metCount();
        if (open > 0) {
            throw new RuleViolation("还有" + open + "项创建标准未达标，全部达标后才能提请评估");
        }
        site.submit();
        history.of(site, AuditAction.SUBMIT, "提请评估", null);
        return site;
    }
}
