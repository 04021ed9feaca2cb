package cn.kepu.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import cn.kepu.org.UnitType;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.PhoneMask;

/**
 * Which bases a person may see: those registered under a unit within their scope, and — for the base's own people —
 * the base whose unit they belong to. Anything else answers as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class BaseCatalog {

    static final String FILES = "education-base";
    static final int PAGE_SIZE = 20;

    /** The list's filters: a state, a level, a kind, text in the name or operator, only those due for 复核. */
    public record Filter(BaseState state, BaseLevel level, BaseKind kind, String q, boolean due) {

        static Filter all() {
            return new Filter(null, null, null, null, false);
        }
    }

    private final EducationBases bases;
    private final BaseReports reports;
    private final History history;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final Attachments attachments;
    private final Clock clock;

    BaseCatalog(EducationBases bases, BaseReports reports, History history, DataScope scope, OrganizationDirectory organizations,
            Attachments attachments, Clock clock) {
        this.bases = bases;
        this.reports = reports;
        this.history = history;
        this.scope = scope;
        this.organizations = organizations;
        this.attachments = attachments;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    public Page<EducationBase> page(Filter filter, int page, int size) {
        return bases.findAll(spec(filter), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500),
                Sort.by(Sort.Order.asc("state"), Sort.Order.desc("id"))));
    }

    List<EducationBase> all(Filter filter) {
        return bases.findAll(spec(filter)).stream().sorted(Comparator.comparing(EducationBase::getId)).toList();
    }

    private Specification<EducationBase> spec(Filter filter) {
        Specification<EducationBase> spec = visibility();
        if (filter.state() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        if (filter.level() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("level"), filter.level()));
        }
        if (filter.kind() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("kind"), filter.kind()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%" + filter.q().strip() + "%";
            spec = spec.and((root, q, cb) -> cb.or(cb.like(root.get("name"), like), cb.like(root.get("operatorName"), like)));
        }
        if (filter.due()) {
            LocalDate limit = today().plusDays(EducationBase.RECHECK_WINDOW_DAYS);
            spec = spec.and((root, q, cb) -> cb.or(cb.equal(root.get("state"), BaseState.RECTIFYING),
                    cb.and(cb.equal(root.get("state"), BaseState.RECOGNIZED), cb.lessThanOrEqualTo(root.get("validUntil"), limit))));
        }
        return spec;
    }

    private Specification<EducationBase> visibility() {
        Scope current = scope.current();
        Specification<EducationBase> byParent = current.on(root -> root.join("parent"));
        if (current.onlyOrganizationId() != null) {
            Long own = current.onlyOrganizationId();
            return byParent.or((root, q, cb) -> cb.equal(root.get("organizationId"), own));
        }
        return byParent;
    }

    /**
     * How many recognized bases (已认定 or 限期整改) the association manages itself, whoever reads (the caller checks the
     * reader may see the unit): what its yearly 科普统计 pre-fills.
     */
    public long recognizedManagedBy(long unitId) {
        return bases.countByParent_IdAndStateIn(unitId, java.util.List.of(BaseState.RECOGNIZED, BaseState.RECTIFYING));
    }

    public EducationBase base(long id) {
        return bases.findById(id).filter(this::visible).orElseThrow(() -> new NotFoundException("科普教育基地"));
    }

    boolean visible(EducationBase b) {
        Scope current = scope.current();
        return current.covers(b.getParent())
                || b.getOrganizationId() != null && current.onlyOrganizationId() != null
                        && current.onlyOrganizationId().equals(b.getOrganizationId());
    }

    /** Whether the current user decides for the association the base is registered under (初审, 认定, 复核): not a reporter. */
    boolean decides(EducationBase b) {
        return scope.current().onlyOrganizationId() == null && scope.current().covers(b.getParent());
    }

    /** The associations a base may be registered under: those in the user's scope. */
    List<Organization> parents() {
        return organizations.within(scope.current()).stream()
                .filter(o -> o.isEnabled() && o.getUnitType() == UnitType.ASSOCIATION)
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    List<HistoryEntry> history(EducationBase b) {
        return history.of(HistoryEntry.BASE, b.getId());
    }

    List<BaseReport> reports(EducationBase b) {
        return reports.findByBaseIdOrderByReportYearDesc(b.getId());
    }

    Optional<Organization> unit(EducationBase b) {
        return b.getOrganizationId() == null ? Optional.empty() : organizations.find(b.getOrganizationId());
    }

    List<Attachment> files(EducationBase b) {
        return attachments.of(new Owner(FILES, b.getId()));
    }

    StoredFile file(long baseId, long fileId) {
        EducationBase b = base(baseId);
        return attachments.file(new Owner(FILES, b.getId()), fileId);
    }

    /** The contact phone as the reader may see it: in full for those who may read the unit's phones, else 138****5678. */
    public String contactPhone(EducationBase record) {
        return scope.showsPhoneOf(record.getParent()) ? record.getContactPhone() : PhoneMask.mask(record.getContactPhone());
    }
}
