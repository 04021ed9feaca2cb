package cn.kepu.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.attachment.Attachment;
import cn.kepu.attachment.Attachments;
import cn.kepu.attachment.Owner;
import cn.kepu.attachment.StoredFile;
import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Scope;
import cn.kepu.support.NotFoundException;

/**
 * Which 督办单 a person may see: those sent by a unit within their scope (the issuer and the associations above it)
 * and those sent to a unit within it (the unit itself). Anything else answers as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
class NoticeCatalog {

    static final String REPLY_OWNER = "supervision-reply";

    /** The list's filters: a state, only 逾期未回复, or a box — "to-reply" (sent to my unit) or "to-review" (sent by it). */
    record Filter(NoticeState state, boolean overdue, String box) {

        static Filter all() {
            return new Filter(null, false, null);
        }
    }

    private final SupervisionNotices notices;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final Attachments attachments;
    private final Clock clock;

    NoticeCatalog(SupervisionNotices notices, DataScope scope, OrganizationDirectory organizations, Attachments attachments,
            Clock clock) {
        this.notices = notices;
        this.scope = scope;
        this.organizations = organizations;
        this.attachments = attachments;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The visible notices matching the filter: 逾期未回复 first, then the newest. */
    List<SupervisionNotice> list(Filter filter) {
        Specification<SupervisionNotice> spec = visibility();
        Optional<Organization> own = scope.ownUnit();
        if ("to-reply".equals(filter.box())) {
            Long unit = own.map(Organization::getId).orElse(-1L);
            spec = spec.and((root, q, cb) -> cb.and(cb.equal(root.get("unit").get("id"), unit),
                    root.get("state").in(NoticeState.PENDING, NoticeState.RETURNED)));
        } else if ("to-review".equals(filter.box())) {
            Long issuer = own.map(Organization::getId).orElse(-1L);
            spec = spec.and((root, q, cb) -> cb.and(cb.equal(root.get("issuer").get("id"), issuer),
                    cb.equal(root.get("state"), NoticeState.REPLIED)));
        }
        if (filter.state() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        LocalDate today = today();
        if (filter.overdue()) {
            spec = spec.and((root, q, cb) -> cb.and(root.get("state").in(NoticeState.PENDING, NoticeState.RETURNED),
                    cb.lessThan(root.get("replyBy"), today)));
        }
        return notices.findAll(spec).stream()
                .sorted(Comparator.comparing((SupervisionNotice n) -> !n.overdueOn(today))
                        .thenComparing(SupervisionNotice::getSentOn, Comparator.reverseOrder())
                        .thenComparing(SupervisionNotice::getId, Comparator.reverseOrder()))
                .toList();
    }

    /** Writes pending changes, so a new reply has its id before its files are stored under it. */
    @Transactional
    void flush() {
        notices.flush();
    }

    SupervisionNotice notice(long id) {
        Scope current = scope.current();
        return notices.findById(id).filter(n -> current.covers(n.getIssuer()) || current.covers(n.getUnit()))
                .orElseThrow(() -> new NotFoundException("督办单"));
    }

    private Specification<SupervisionNotice> visibility() {
        Scope current = scope.current();
        Specification<SupervisionNotice> byIssuer = current.on(root -> root.join("issuer"));
        Specification<SupervisionNotice> byUnit = current.on(root -> root.join("unit"));
        return byIssuer.or(byUnit);
    }

    /** The unit in whose name the current user sends notices: their own, unless they only report for it. */
    Optional<Organization> issuer() {
        return scope.current().onlyOrganizationId() != null ? Optional.empty() : scope.ownUnit();
    }

    /** The units a notice may go to: those beneath the issuer. */
    List<Organization> recipients(Organization issuer) {
        return organizations.subtree(issuer).stream().filter(o -> !o.getId().equals(issuer.getId()) && o.isEnabled())
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    /** Whether the current user replies for the notice's unit. */
    boolean repliesTo(SupervisionNotice n) {
        return scope.ownUnit().map(u -> u.getId().equals(n.getUnit().getId())).orElse(false);
    }

    /** Whether the current user decides on replies for the notice's issuer. */
    boolean decidesOn(SupervisionNotice n) {
        return issuer().map(u -> u.getId().equals(n.getIssuer().getId())).orElse(false);
    }

    /** Reply id → its evidence files. */
    java.util.Map<Long, List<Attachment>> files(SupervisionNotice n) {
        return attachments.of(REPLY_OWNER, n.getReplies().stream().map(SupervisionReply::getId).toList());
    }

    StoredFile file(long noticeId, long replyId, long fileId) {
        SupervisionNotice n = notice(noticeId);
        n.getReplies().stream().filter(r -> r.getId() == replyId).findFirst().orElseThrow(() -> new NotFoundException("回复"));
        return attachments.file(new Owner(REPLY_OWNER, replyId), fileId);
    }
}
