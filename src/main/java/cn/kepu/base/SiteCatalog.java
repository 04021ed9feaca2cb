package cn.kepu.base;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.PhoneMask;

/** Which 示范 sites a person may see: those created under a unit within their scope; anything else does not exist. */
@Service
@Transactional(readOnly = true)
public class SiteCatalog {

    public record Filter(SiteKind kind, SiteState state, String q) {
    }

    private final DemonstrationSites sites;
    private final History history;
    private final DataScope scope;
    private final Clock clock;

    SiteCatalog(DemonstrationSites sites, History history, DataScope scope, Clock clock) {
        this.sites = sites;
        this.history = history;
        this.scope = scope;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    public Page<DemonstrationSite> page(Filter filter, int page, int size) {
        return sites.findAll(spec(filter), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500),
                Sort.by(Sort.Order.asc("state"), Sort.Order.desc("id"))));
    }

    List<DemonstrationSite> all(Filter filter) {
        return sites.findAll(spec(filter)).stream().sorted(Comparator.comparing(DemonstrationSite::getId)).toList();
    }

    private Specification<DemonstrationSite> spec(Filter filter) {
        Specification<DemonstrationSite> spec = scope.current().on(root -> root.join("parent"));
        if (filter.kind() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("kind"), filter.kind()));
        }
        if (filter.state() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%" + filter.q().strip() + "%";
            spec = spec.and((root, q, cb) -> cb.like(root.get("name"), like));
        }
        return spec;
    }

    public DemonstrationSite site(long id) {
        return sites.findById(id).filter(s -> scope.current().covers(s.getParent())).orElseThrow(() -> new NotFoundException("示范创建"));
    }

    /** Whether the current user evaluates and names for the site's association: not a reporter. */
    boolean decides(DemonstrationSite s) {
        return scope.current().onlyOrganizationId() == null && scope.current().covers(s.getParent());
    }

    List<HistoryEntry> history(DemonstrationSite s) {
        return history.of(HistoryEntry.SITE, s.getId());
    }

    /** The contact phone as the reader may see it: in full for those who may read the unit's phones, else 138****5678. */
    public String contactPhone(DemonstrationSite record) {
        return scope.showsPhoneOf(record.getParent()) ? record.getContactPhone() : PhoneMask.mask(record.getContactPhone());
    }
}
