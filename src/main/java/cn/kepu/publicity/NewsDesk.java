package cn.kepu.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;

import cn.kepu.activity.ServedActivities;
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
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Scope;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.RuleViolation;
import cn.kepu.support.Versions;

/**
 * 信息报送 as people do it: a unit submits a news item (with photos, the activity it reports, where it was published);
 * an office above the unit adopts it — naming the channels it was used in, each earning the office's points — or
 * returns it with a reason; the unit changes a returned item and sends it again. Every item is read and changed only
 * within the user's subtree; an office never reviews its own items. Each decision recounts the item's quota share.
 */
@Service
@Transactional(readOnly = true)
public class NewsDesk {

    static final String AUDIT_TYPE = "宣传信息";
    static final String OWNER = "news-item";
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 10000;
    static final int MAX_LINKS = 10;
    static final int MAX_PHOTOS = 9;

    private final NewsItems items;
    private final NewsPoints points;
    private final NewsCounting counting;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final ServedActivities activities;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSize maxPhoto;

    NewsDesk(NewsItems items, NewsPoints points, NewsCounting counting, DataScope scope, OrganizationDirectory organizations,
            ServedActivities activities, Attachments attachments, ApplicationEventPublisher events, Clock clock,
            @Value("${kepu.publicity.photo-max-size:10MB}") DataSize maxPhoto) {
        this.items = items;
        this.points = points;
        this.counting = counting;
        this.scope = scope;
        this.organizations = organizations;
        this.activities = activities;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
        this.maxPhoto = maxPhoto;
    }

    /** What the list is narrowed to; every part may be empty. */
    public record Filter(NewsState state, Long unitId, String period, String title) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading

    public NewsItem visible(long id) {
        Scope current = scope.current();
        return items.findById(id).filter(n -> current.covers(n.getUnit())).orElseThrow(() -> new NotFoundException("宣传信息"));
    }

    public Page<NewsItem> search(Filter filter, int page, int size) {
        Specification<NewsItem> spec = scope.current().on(root -> root.join("unit"));
        if (filter.state() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        if (filter.unitId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("unit").get("id"), filter.unitId()));
        }
        Optional<ReportPeriod> period = ReportPeriod.parse(filter.period());
        if (period.isPresent()) {
            spec = spec.and((root, q, cb) -> cb.between(root.get("submittedOn"), period.get().from(), period.get().to()));
        }
        if (filter.title() != null && !filter.title().isBlank()) {
            String words = "%" + filter.title().trim().replace("%", "").replace("_", "") + "%";
            spec = spec.and((root, q, cb) -> cb.like(root.get("title"), words));
        }
        return items.findAll(spec, PageRequest.of(Math.max(page, 0), size,
                Sort.by(Sort.Order.desc("submittedOn"), Sort.Order.desc("id"))));
    }

    /** The units the user may submit for: the own unit first, then the rest of the subtree. */
    public List<Organization> submittingUnits() {
        return organizations.within(scope.current());
    }

    /** The approved activities of the subtree that have ended, the latest first: what an item may report. */
    public List<ServedActivities.Served> reportableActivities() {
        return activities.endedRecently(50);
    }

    /** Whether the current user may adopt or return the item: an office above its unit (or the administrator). */
    public boolean reviews(NewsItem item) {
        Scope current = scope.current();
        if (current.everything()) {
            return true;
        }
        Optional<Organization> own = scope.ownUnit();
        return current.onlyOrganizationId() == null && own.isPresent() && !own.get().getId().equals(item.getUnit().getId())
                && item.getUnit().getPath().startsWith(own.get().getPath());
    }

    /** Whether the current user may change or withdraw the item: someone of its unit or above, before it is adopted. */
    public boolean changes(NewsItem item) {
        return item.getState() != NewsState.ADOPTED && scope.current().covers(item.getUnit());
    }

    public List<Attachment> photos(NewsItem item) {
        return attachments.of(new Owner(OWNER, item.getId()), AttachmentKind.PHOTO);
    }

    public StoredFile photo(long id, long photoId, boolean thumbnail) {
        Owner owner = new Owner(OWNER, visible(id).getId());
        return thumbnail ? attachments.thumbnail(owner, photoId) : attachments.file(owner, photoId);
    }

    /** The points the user's office gives per channel (what the adopt form offers). */
    public Map<Channel, java.math.BigDecimal> officePoints() {
        return points.of(scope.ownUnit().orElse(null));
    }

    /** Items waiting for the user's office: beneath it, not its own. */
    public long waitingForMe() {
        Optional<Organization> own = scope.ownUnit();
        if (own.isEmpty() || scope.current().onlyOrganizationId() != null) {
            return 0;
        }
        return items.countWaiting(NewsState.SUBMITTED, own.get().getPath() + "%", own.get().getId());
    }

    /** The user's own unit's items that came back. */
    public long returnedToMe() {
        return scope.ownUnit().map(o -> items.countByStateAndUnit_IdIn(NewsState.RETURNED, List.of(o.getId()))).orElse(0L);
    }

    // ---- the unit

    @Transactional
    public NewsItem submit(NewsForm form, List<Upload> photos) {
        return submit(form, photos, today());
    }

    /** Submitted on a given day: the demo's items of past years, and the API's imports of items already sent by mail. */
    @Transactional
    NewsItem submit(NewsForm form, List<Upload> photos, LocalDate on) {
        Organization unit = form.getUnitId() == null ? scope.ownUnit().orElse(null) : scope.visible(form.getUnitId());
        List<RuleViolation> problems = new ArrayList<>();
        if (unit == null) {
            problems.add(new RuleViolation("unitId", "请选择报送单位"));
        }
        Written w = written(form, unit, 0L, on, problems);
        RuleViolation.throwIfAny(problems);
        NewsItem item = new NewsItem(unit, on, CurrentUser.username(), clock.instant());
        item.write(w.title, w.body, w.activityId, w.activityName, w.links);
        items.saveAndFlush(item);
        attach(item, photos);
        events.publishEvent(ActionPerformed.of(AuditAction.SUBMIT, AUDIT_TYPE, item.getId(), item.getTitle(),
                unit.getName() + "报送宣传信息" + (photos.isEmpty() ? "" : "，照片" + photos.size() + "张")));
        return item;
    }

    /** Changes an item not yet adopted; a returned item goes back to the office. */
    @Transactional
    public NewsItem update(long id, NewsForm form, List<Upload> photos) {
        NewsItem item = changeable(id);
        Versions.check(form.getVersion(), item.getVersion(), id, AUDIT_TYPE);
        List<RuleViolation> problems = new ArrayList<>();
        Written w = written(form, item.getUnit(), id, item.getSubmittedOn(), problems);
        RuleViolation.throwIfAny(problems);
        boolean again = item.getState() == NewsState.RETURNED;
        item.write(w.title, w.body, w.activityId, w.activityName, w.links);
        if (again) {
            item.resubmit(CurrentUser.username(), clock.instant());
        }
        items.saveAndFlush(item);
        attach(item, photos);
        events.publishEvent(ActionPerformed.of(again ? AuditAction.SUBMIT : AuditAction.UPDATE, AUDIT_TYPE, id, item.getTitle(),
                again ? "修改后重新报送" : "修改宣传信息"));
        return item;
    }

    @Transactional
    public void delete(long id) {
        NewsItem item = changeable(id);
        attachments.removeAll(new Owner(OWNER, id));
        items.delete(item);
        items.flush();
        counting.deleted(id);
        events.publishEvent(ActionPerformed.of(AuditAction.DELETE, AUDIT_TYPE, id, item.getTitle(), item.getUnit().getName()));
    }

    @Transactional
    public void removePhoto(long id, long photoId) {
        NewsItem item = changeable(id);
        attachments.remove(new Owner(OWNER, item.getId()), photoId);
    }

    private NewsItem changeable(long id) {
        NewsItem item = visible(id);
        if (item.getState() == NewsState.ADOPTED) {
            throw new RuleViolation("已采用的信息不能修改或删除；如需更正，请联系采用单位撤销采用");
        }
        return item;
    }

    private void attach(NewsItem item, List<Upload> photos) {
        if (photos.isEmpty()) {
            return;
        }
        Rule rule = Rule.of("photos", AttachmentKind.PHOTO).atMost(MAX_PHOTOS, "张", "照片", "每条信息")
                .withinSize(maxPhoto, "请压缩后上传").withThumbnails();
        attachments.attach(new Owner(OWNER, item.getId()), rule, photos);
    }

    private record Written(String title, String body, Long activityId, String activityName, List<String> links) {
    }

    private Written written(NewsForm form, Organization unit, long id, LocalDate on, List<RuleViolation> problems) {
        String title = trim(form.getTitle());
        String body = trim(form.getBody());
        if (title.isEmpty()) {
            problems.add(new RuleViolation("title", "请填写标题"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new RuleViolation("title", "标题最多" + MAX_TITLE + "字，现有" + title.length() + "字"));
        } else if (unit != null && items.existsByUnit_IdAndTitleAndSubmittedOnBetweenAndIdNot(unit.getId(), title,
                LocalDate.of(on.getYear(), 1, 1), LocalDate.of(on.getYear(), 12, 31), id)) {
            problems.add(new RuleViolation("title", unit.getName() + on.getYear() + "年已报送过“" + title + "”，请勿重复报送"));
        }
        if (body.isEmpty()) {
            problems.add(new RuleViolation("body", "请填写正文"));
        } else if (body.length() > MAX_BODY) {
            problems.add(new RuleViolation("body", "正文最多" + MAX_BODY + "字，现有" + body.length() + "字；较长的稿件请填写发布链接"));
        }
        List<String> links = new ArrayList<>();
        for (String line : trim(form.getLinks()).split("\\s*\\n\\s*")) {
            String link = line.trim();
            if (link.isEmpty()) {
                continue;
            }
            if (!link.matches("https?://\\S+") || link.length() > 190) {
                problems.add(new RuleViolation("links", "“" + shorten(link) + "”不是网址：请填写以 http:// 或 https:// 开头的发布链接，每行一个"));
            }
            links.add(link);
        }
        if (links.size() > MAX_LINKS) {
            problems.add(new RuleViolation("links", "发布链接最多" + MAX_LINKS + "个"));
        }
        Long activityId = null;
        String activityName = null;
        if (form.getActivityId() != null) {
            try {
                ServedActivities.Served a = activities.visible(form.getActivityId());
                activityId = a.id();
                activityName = a.name();
            } catch (NotFoundException e) {
                problems.add(new RuleViolation("activityId", "所选活动不存在或不在您的权限范围内"));
            }
        }
        return new Written(title, body, activityId, activityName, links);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    // ---- the office

    /** 采用: the channels it was used in, each earning the office's points for it. */
    @Transactional
    public NewsItem adopt(long id, Collection<Channel> channels, Long version) {
        NewsItem item = reviewable(id);
        Versions.check(version, item.getVersion(), id, AUDIT_TYPE);
        if (channels.isEmpty()) {
            throw new RuleViolation("channels", "请选择采用渠道（本会网站、市级媒体、科普中国等），积分按渠道计算");
        }
        Organization office = scope.ownUnit().orElse(null);
        Map<Channel, java.math.BigDecimal> table = points.of(office);
        List<NewsUsage> usages = java.util.Arrays.stream(Channel.values()).filter(channels::contains)
                .map(c -> new NewsUsage(c, table.get(c))).toList();
        item.adopt(office, usages, CurrentUser.username(), clock.instant());
        items.saveAndFlush(item);
        counting.changed(item);
        events.publishEvent(ActionPerformed.of(AuditAction.APPROVE, AUDIT_TYPE, id, item.getTitle(),
                "采用：" + item.usageText() + "，积分 " + item.getPoints().toPlainString()));
        return item;
    }

    /** 退回: back to the unit with a reason; an adopted item is taken back first. */
    @Transactional
    public NewsItem giveBack(long id, String reason, Long version) {
        NewsItem item = reviewable(id);
        Versions.check(version, item.getVersion(), id, AUDIT_TYPE);
        String why = trim(reason);
        if (why.isEmpty()) {
            throw new RuleViolation("reason", "请填写退回原因，便于报送单位修改");
        }
        if (why.length() > 500) {
            throw new RuleViolation("reason", "退回原因最多500字");
        }
        item.giveBack(scope.ownUnit().orElse(null), why, CurrentUser.username(), clock.instant());
        items.saveAndFlush(item);
        counting.changed(item);
        events.publishEvent(ActionPerformed.of(AuditAction.RETURN, AUDIT_TYPE, id, item.getTitle(), "退回：" + why));
        return item;
    }

    /** 撤销采用: the item waits again and leaves the quotas it counted toward. */
    @Transactional
    public NewsItem unadopt(long id) {
        NewsItem item = reviewable(id);
        if (item.getState() != NewsState.ADOPTED) {
            throw new RuleViolation("这条信息尚未采用，无需撤销");
        }
        item.unadopt();
        items.saveAndFlush(item);
        counting.changed(item);
        events.publishEvent(ActionPerformed.of(AuditAction.UPDATE, AUDIT_TYPE, id, item.getTitle(), "撤销采用"));
        return item;
    }

    private NewsItem reviewable(long id) {
        NewsItem item = visible(id);
        if (!reviews(item)) {
            throw new RuleViolation("只有报送单位的上级科协工作人员才能审核这条信息");
        }
        return item;
    }
}
