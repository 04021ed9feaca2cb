package cn.kepu.mobile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.JoinType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
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
import cn.kepu.org.DataScope;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Scope;
import cn.kepu.org.UnitType;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;

/**
 * 流动科普: the resources of the units within the user's scope and their visits. A resource belongs to a unit; its
 * visits are seen by whoever sees that unit (a 填报员 only their own unit's). Every change is audited; a visit's
 * contribution to the plans is replaced in the same transaction ({@link MobileCounting}).
 */
@Service
@Transactional(readOnly = true)
public class MobileSchedule {

    static final String RESOURCE = "流动科普资源";
    static final String VISIT = "流动科普巡展";
    static final String OWNER_TYPE = "mobile-visit";
    static final int PAGE_SIZE = 20;
    static final int MAX_PHOTOS = 9;
    /** The units that keep mobile resources: associations, their affiliates (a 科技馆) and education bases. */
    static final Set<UnitType> OWNERS = EnumSet.of(UnitType.ASSOCIATION, UnitType.AFFILIATE, UnitType.EDUCATION_BASE);

    private final MobileResources resources;
    private final MobileVisits visits;
    private final MobileCounting counting;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxPhoto;

    MobileSchedule(MobileResources resources, MobileVisits visits, MobileCounting counting, DataScope scope,
            OrganizationDirectory organizations, Attachments attachments, ApplicationEventPublisher events, Clock clock,
            @Value("${kepu.mobile.photo-max-size:10MB}") DataSize maxPhoto) {
        this.resources = resources;
        this.visits = visits;
        this.counting = counting;
        this.scope = scope;
        this.organizations = organizations;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
        this.maxPhoto = maxPhoto;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    static Owner owner(long visitId) {
        return new Owner(OWNER_TYPE, visitId);
    }

    /** Whether a unit is a township (乡镇、街道): a township-level association. */
    public static boolean isTownship(Organization o) {
        return o.getUnitType() == UnitType.ASSOCIATION && o.getLevel() == OrgLevel.TOWNSHIP;
    }

    // ---- resources ----

    /** The resources of the units within the user's scope, by unit and name. */
    public List<MobileResource> resources() {
        Specification<MobileResource> inScope = scope.current().on(root -> root.join("organization"));
        return resources.findAll(inScope).stream()
                .sorted(Comparator.comparing((MobileResource r) -> r.getOrganization().getPath()).thenComparing(MobileResource::getName))
                .toList();
    }

    /** Resource id → its visits completed this year (none: absent). */
    public Map<Long, Long> completedThisYear(List<MobileResource> of) {
        Map<Long, Long> counts = new HashMap<>();
        if (!of.isEmpty()) {
            int year = today().getYear();
            visits.countsByResource(of.stream().map(MobileResource::getId).toList(), VisitState.COMPLETED,
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        return counts;
    }

    public MobileResource resource(long id) {
        return resources.findById(id).filter(r -> scope.current().covers(r.getOrganization()))
                .orElseThrow(() -> new NotFoundException("流动科普资源"));
    }

    /** The units a user may register resources for: the keeping kinds within the scope. */
    public List<Organization> owners() {
        return organizations.within(scope.current()).stream()
                .filter(o -> o.isEnabled() && OWNERS.contains(o.getUnitType()) && o.getLevel() != OrgLevel.TOWNSHIP)
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    @Transactional
    public MobileResource createResource(ResourceForm form) {
        MobileResource resource = new MobileResource(CurrentUser.username(), clock.instant());
        check(form, resource);
        resources.saveAndFlush(resource);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, RESOURCE, resource.getId(), resource.getName(),
                resource.getKind().label() + "，" + resource.getOrganization().getName()));
        return resource;
    }

    @Transactional
    public MobileResource updateResource(long id, ResourceForm form) {
        MobileResource resource = resource(id);
        Versions.check(form.getVersion(), resource.getVersion(), id, "流动科普资源“" + resource.getName() + "”");
        String before = describe(resource);
        long ownerBefore = resource.getOrganization().getId();
        check(form, resource);
        resources.saveAndFlush(resource);
        if (ownerBefore != resource.getOrganization().getId()) {
            // Its completed visits now count for the new unit.
            visits.findAll((root, q, cb) -> cb.equal(root.get("resource").get("id"), id)).forEach(counting::changed);
        }
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, RESOURCE, id, resource.getName(), before + " → " + describe(resource)));
        return resource;
    }

    @Transactional
    public void deleteResource(long id) {
        MobileResource resource = resource(id);
        long planned = visits.countByResource_Id(id);
        if (planned > 0) {
            throw new RuleViolation("“" + resource.getName() + "”已有" + planned + "条巡展安排，不能删除；请先删除这些安排");
        }
        resources.delete(resource);
        events.publishEvent(ActionPerformed.of(AuditAction.DELETE, RESOURCE, id, resource.getName(), describe(resource)));
    }

    private static String describe(MobileResource r) {
        return r.getName() + "（" + r.getKind().label() + "，" + r.getOrganization().getName() + "）";
    }

    private void check(ResourceForm form, MobileResource resource) {
        List<RuleViolation> problems = new ArrayList<>();
        Organization owner = null;
        if (form.getOrganizationId() == null) {
            problems.add(new RuleViolation("organizationId", "请选择所属单位"));
        } else {
            owner = organizations.find(form.getOrganizationId()).filter(scope.current()::covers).orElse(null);
            if (owner == null || !OWNERS.contains(owner.getUnitType())) {
                problems.add(new RuleViolation("organizationId", "所属单位应为您权限范围内的科协、直属单位或科普教育基地"));
            }
        }
        String name = trimmed(form.getName());
        if (name == null) {
            problems.add(new RuleViolation("name", "请填写名称，如“岱岳区科普大篷车1号”"));
        } else if (name.length() > 100) {
            problems.add(new RuleViolation("name", "名称不能超过100个字"));
        }
        ResourceKind kind = ResourceKind.read(form.getKind()).orElse(null);
        if (kind == null) {
            problems.add(new RuleViolation("kind", "请选择类别（科普大篷车、流动科技馆展品或巡展展板）"));
        }
        String note = trimmed(form.getNote());
        if (note != null && note.length() > 500) {
            problems.add(new RuleViolation("note", "备注不能超过500个字"));
        }
        RuleViolation.throwIfAny(problems);
        resource.set(owner, name, kind, note);
    }

    // ---- visits ----

    /** What the visit list is narrowed to; nulls mean all. */
    public record VisitFilter(Integer year, VisitState state, Long resourceId, PlaceKind placeKind, String q, boolean overdue) {

        public static VisitFilter all() {
            return new VisitFilter(null, null, null, null, null, false);
        }
    }

    public Page<MobileVisit> visits(VisitFilter filter, int page) {
        return visits.findAll(spec(filter), PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("visitDate"), Sort.Order.desc("id"))));
    }

    private Specification<MobileVisit> spec(VisitFilter f) {
        Scope current = scope.current();
        Specification<MobileVisit> s = current.on(root -> root.join("resource").join("organization"));
        if (f.year() != null) {
            LocalDate from = LocalDate.of(f.year(), 1, 1);
            s = s.and((root, q, cb) -> cb.between(root.get("visitDate"), from, from.withMonth(12).withDayOfMonth(31)));
        }
        if (f.state() != null) {
            s = s.and((root, q, cb) -> cb.equal(root.get("state"), f.state()));
        }
        if (f.resourceId() != null) {
            s = s.and((root, q, cb) -> cb.equal(root.get("resource").get("id"), f.resourceId()));
        }
        if (f.placeKind() != null) {
            s = s.and((root, q, cb) -> cb.equal(root.get("placeKind"), f.placeKind()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "%" + f.q().strip() + "%";
            s = s.and((root, q, cb) -> cb.or(cb.like(root.get("place"), like), cb.like(root.get("hostUnit"), like),
                    cb.like(root.join("township", JoinType.LEFT).get("name"), like)));
        }
        if (f.overdue()) {
            LocalDate today = today();
            s = s.and((root, q, cb) -> cb.and(cb.equal(root.get("state"), VisitState.PLANNED), cb.lessThan(root.get("visitDate"), today)));
        }
        return s;
    }

    /** Visits planned for a day already past, within the scope: what the workbench shows. */
    public long overdue() {
        return visits.count(spec(new VisitFilter(null, null, null, null, null, true)));
    }

    public MobileVisit visit(long id) {
        return visits.findById(id).filter(v -> scope.current().covers(v.getResource().getOrganization()))
                .orElseThrow(() -> new NotFoundException("巡展安排"));
    }

    /** The townships a visit may name: township-level associations within the user's scope. */
    public List<Organization> townships() {
        return organizations.within(scope.current()).stream().filter(o -> o.isEnabled() && isTownship(o))
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    @Transactional
    public MobileVisit schedule(VisitForm form) {
        MobileVisit visit = new MobileVisit(CurrentUser.username(), clock.instant());
        check(form, visit);
        visits.saveAndFlush(visit);
        events.publishEvent(ActionPerformed.of(AuditAction.CREATE, VISIT, visit.getId(), visit.describe(),
                "安排巡展：" + visit.getPlaceKind().label() + (visit.getHostUnit() == null ? "" : "，承办单位 " + visit.getHostUnit())));
        return visit;
    }

    @Transactional
    public MobileVisit update(long id, VisitForm form) {
        MobileVisit visit = visit(id);
        Versions.check(form.getVersion(), visit.getVersion(), id, "巡展安排“" + visit.describe() + "”");
        if (visit.getState() != VisitState.PLANNED) {
            throw new RuleViolation("只有计划中的巡展可以修改；已完成的请先撤回完成登记");
        }
        String before = visit.describe();
        check(form, visit);
        visits.saveAndFlush(visit);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, VISIT, id, visit.describe(), before + " → " + visit.describe()));
        return visit;
    }

    private void check(VisitForm form, MobileVisit visit) {
        List<RuleViolation> problems = new ArrayList<>();
        MobileResource resource = null;
        if (form.getResourceId() == null) {
            problems.add(new RuleViolation("resourceId", "请选择巡展资源（大篷车、展品或展板）"));
        } else {
            resource = resource(form.getResourceId()); // another unit's resource: 404, as if it did not exist
        }
        LocalDate date = null;
        String typed = trimmed(form.getVisitDate());
        if (typed == null) {
            problems.add(new RuleViolation("visitDate", "请填写巡展日期"));
        } else {
            try {
                date = LocalDate.parse(typed);
                if (date.getYear() < 2000 || date.isAfter(today().plusYears(3))) {
                    problems.add(new RuleViolation("visitDate", "巡展日期" + typed + "不在合理范围内（2000年以后、三年以内）"));
                    date = null;
                }
            } catch (DateTimeParseException e) {
                problems.add(new RuleViolation("visitDate", "巡展日期“" + typed + "”应写作如2024-05-12"));
            }
        }
        String place = trimmed(form.getPlace());
        if (place == null) {
            problems.add(new RuleViolation("place", "请填写巡展地点，如“山口镇中心小学”"));
        } else if (place.length() > 200) {
            problems.add(new RuleViolation("place", "巡展地点不能超过200个字"));
        }
        Organization township = null;
        if (form.getTownshipId() != null) {
            township = organizations.find(form.getTownshipId()).filter(scope.current()::covers).filter(MobileSchedule::isTownship).orElse(null);
            if (township == null) {
                problems.add(new RuleViolation("townshipId", "所在乡镇（街道）应为您权限范围内的乡镇（街道）科协"));
            }
        }
        PlaceKind kind = PlaceKind.read(form.getPlaceKind()).orElse(null);
        if (kind == null) {
            problems.add(new RuleViolation("placeKind", "请选择场所类型（乡镇、学校、社区或其他）"));
        }
        String host = trimmed(form.getHostUnit());
        if (host != null && host.length() > 200) {
            problems.add(new RuleViolation("hostUnit", "承办单位不能超过200个字"));
        }
        RuleViolation.throwIfAny(problems);
        visit.plan(resource, date, place, township, kind, host);
    }

    Rule photoRule() {
        return Rule.of("photos", AttachmentKind.PHOTO).atMost(MAX_PHOTOS, "张", "照片", "每次巡展")
                .withinSize(maxPhoto, "请压缩后上传").withThumbnails();
    }

    /**
     * Records a visit as done: participants (a whole number above 0), an optional summary and photos. Everything is
     * checked before anything is stored; a bad photo stores nothing, not even the participants.
     */
    @Transactional
    public MobileVisit complete(long id, String participantsTyped, String summaryTyped, List<Upload> photos) {
        MobileVisit visit = visit(id);
        if (visit.getState() != VisitState.PLANNED) {
            throw new RuleViolation("state", "这次巡展" + visit.getState().label() + "，只有计划中的巡展可以登记完成");
        }
        List<RuleViolation> problems = new ArrayList<>();
        if (visit.getVisitDate().isAfter(today())) {
            problems.add(new RuleViolation("state", "巡展日期（" + visit.getVisitDate() + "）还没到，不能登记为已完成"));
        }
        Integer participants = null;
        String typed = trimmed(participantsTyped);
        if (typed == null) {
            problems.add(new RuleViolation("participants", "请填写参与人数：完成的巡展须登记实际参与人数"));
        } else {
            try {
                participants = Integer.valueOf(typed.replace(",", "").replace("，", ""));
                if (participants <= 0) {
                    problems.add(new RuleViolation("participants", "参与人数应大于0"));
                }
            } catch (NumberFormatException e) {
                problems.add(new RuleViolation("participants", "参与人数“" + typed + "”不是整数"));
            }
        }
        String summary = trimmed(summaryTyped);
        if (summary != null && summary.length() > 1000) {
            problems.add(new RuleViolation("summary", "巡展情况不能超过1000个字"));
        }
        List<Upload> uploads = photos == null ? List.of() : photos;
        problems.addAll(attachments.check(photoRule(), uploads));
        RuleViolation.throwIfAny(problems);
        visit.complete(participants, summary, CurrentUser.username(), clock.instant());
        visits.saveAndFlush(visit);
        if (!uploads.isEmpty()) {
            attachments.attach(owner(id), photoRule(), uploads); // a refusal here rolls the completion back too
        }
        counting.changed(visit);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, VISIT, id, visit.describe(),
                "登记完成：参与" + participants + "人" + (uploads.isEmpty() ? "" : "，照片" + uploads.size() + "张")));
        return visit;
    }

    /** A completion withdrawn, or a cancelled visit taken up again: planned once more, and it counts nothing. */
    @Transactional
    public MobileVisit reopen(long id) {
        MobileVisit visit = visit(id);
        if (visit.getState() == VisitState.PLANNED) {
            throw new RuleViolation("这次巡展已经是计划中");
        }
        VisitState was = visit.getState();
        visit.reopen();
        visits.saveAndFlush(visit);
        counting.changed(visit);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, VISIT, id, visit.describe(),
                was == VisitState.COMPLETED ? "撤回完成登记，恢复为计划" : "恢复已取消的巡展为计划"));
        return visit;
    }

    @Transactional
    public MobileVisit cancel(long id, String reasonTyped) {
        MobileVisit visit = visit(id);
        if (visit.getState() == VisitState.CANCELLED) {
            throw new RuleViolation("这次巡展已经取消");
        }
        String reason = trimmed(reasonTyped);
        if (reason == null) {
            throw new RuleViolation("reason", "请填写取消原因");
        }
        if (reason.length() > 200) {
            throw new RuleViolation("reason", "取消原因不能超过200个字");
        }
        visit.cancel(reason);
        visits.saveAndFlush(visit);
        counting.changed(visit);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, VISIT, id, visit.describe(), "取消巡展：" + reason));
        return visit;
    }

    @Transactional
    public void delete(long id) {
        MobileVisit visit = visit(id);
        String described = visit.describe() + "，" + visit.getState().label();
        attachments.removeAll(owner(id));
        visits.delete(visit);
        visits.flush();
        counting.deleted(id);
        events.publishEvent(ActionPerformed.of(AuditAction.DELETE, VISIT, id, visit.describe(), described));
    }

    public List<Attachment> photos(long visitId) {
        visit(visitId);
        return attachments.of(owner(visitId), AttachmentKind.PHOTO);
    }

    /** More photos of a completed visit, up to the limit; all of them or none. */
    @Transactional
    public List<Attachment> addPhotos(long id, List<Upload> uploads) {
        MobileVisit visit = visit(id);
        if (visit.getState() != VisitState.COMPLETED) {
            throw new RuleViolation("photos", "巡展登记完成后才能补充照片");
        }
        if (uploads.isEmpty()) {
            throw new RuleViolation("photos", "请选择照片");
        }
        List<Attachment> added = attachments.attach(owner(id), photoRule(), uploads);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, VISIT, id, visit.describe(), "补充照片" + added.size() + "张"));
        return added;
    }

    @Transactional
    public void removePhoto(long id, long photoId) {
        MobileVisit visit = visit(id);
        attachments.file(owner(id), photoId); // 404 for a photo of another visit
        attachments.remove(owner(id), photoId);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, VISIT, id, visit.describe(), "删除照片"));
    }

    public StoredFile photo(long id, long photoId, boolean thumbnail) {
        visit(id);
        return thumbnail ? attachments.thumbnail(owner(id), photoId) : attachments.file(owner(id), photoId);
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
