package cn.kepu.works;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Scope;
import cn.kepu.org.UnitType;
import cn.kepu.support.NotFoundException;

/**
 * Which calls and works a signed-in person may see: a call issued within their scope or above their unit (a call speaks
 * to the units beneath its issuer); every work of a call they review (the issuer's staff), otherwise the works their
 * scope's units submitted. Anything else answers as if it did not exist (404).
 */
@Service
@Transactional(readOnly = true)
public class WorkCatalog {

    private final WorkCalls calls;
    private final Works works;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    WorkCatalog(WorkCalls calls, Works works, DataScope scope, OrganizationDirectory organizations, Clock clock) {
        this.calls = calls;
        this.works = works;
        this.scope = scope;
        this.organizations = organizations;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<WorkCall> calls() {
        Scope current = scope.current();
        Optional<Organization> own = scope.ownUnit();
        return calls.findAllByOrderByIdDesc().stream().filter(c -> visible(c, current, own)).toList();
    }

    public WorkCall call(long id) {
        Scope current = scope.current();
        Optional<Organization> own = scope.ownUnit();
        return calls.findById(id).filter(c -> visible(c, current, own)).orElseThrow(() -> new NotFoundException("征集通知"));
    }

    private static boolean visible(WorkCall c, Scope current, Optional<Organization> own) {
        return current.covers(c.getIssuer()) || own.map(u -> u.isWithin(c.getIssuer())).orElse(false);
    }

    /** The works of a call the user may see: all of them for its reviewers, else those of units in their scope. */
    public List<Work> works(WorkCall call) {
        List<Work> all = works.findByCall_IdOrderByCategoryAscIdAsc(call.getId());
        if (reviews(call)) {
            return all;
        }
        Scope current = scope.current();
        return all.stream().filter(w -> w.getSubmittingUnit() != null && current.covers(w.getSubmittingUnit())).toList();
    }

    /** A page of the works the user may see (the call's page lists 50 at a time, whatever the size of the call). */
    public org.springframework.data.domain.Page<Work> works(WorkCall call, int page) {
        var p = org.springframework.data.domain.PageRequest.of(Math.max(page, 0), 50);
        if (reviews(call)) {
            return works.findByCall_IdOrderByCategoryAscIdAsc(call.getId(), p);
        }
        Scope current = scope.current();
        if (current.onlyOrganizationId() != null) {
            return works.findByCall_IdAndSubmittingUnit_IdOrderByCategoryAscIdAsc(call.getId(), current.onlyOrganizationId(), p);
        }
        return works.submittedWithin(call.getId(), current.everything() ? "%" : current.pathPrefix() + "%", p);
    }

    public Work work(long id) {
        Work w = works.findById(id).orElseThrow(() -> new NotFoundException("作品"));
        WorkCall call = call(w.getCall().getId());
        if (!reviews(call) && (w.getSubmittingUnit() == null || !scope.current().covers(w.getSubmittingUnit()))) {
            throw new NotFoundException("作品");
        }
        return w;
    }

    /** Whether the current user checks, scores and awards the call's works: staff of the issuing unit, or the system administrator. */
    public boolean reviews(WorkCall call) {
        Scope current = scope.current();
        if (current.everything()) {
            return true;
        }
        return current.onlyOrganizationId() == null
                && scope.ownUnit().map(u -> u.getId().equals(call.getIssuer().getId())).orElse(false);
    }

    /** The associations the current user may issue calls for: their own (city or county), or any for the system administrator. */
    public List<Organization> issuerChoices() {
        if (scope.current().everything()) {
            return organizations.all().stream().filter(WorkCatalog::issues)
                    .sorted(Comparator.comparing(Organization::getPath)).toList();
        }
        if (scope.current().onlyOrganizationId() != null) {
            return List.of();
        }
        return scope.ownUnit().filter(WorkCatalog::issues).map(List::of).orElse(List.of());
    }

    static boolean issues(Organization o) {
        return o.isEnabled() && o.getUnitType() == UnitType.ASSOCIATION
                && (o.getLevel() == OrgLevel.CITY || o.getLevel() == OrgLevel.COUNTY);
    }

    /** The units the current user may submit works for in this call: enabled, within their scope and the issuer's subtree. */
    public List<Organization> submitterChoices(WorkCall call) {
        Organization issuer = call.getIssuer();
        return organizations.within(scope.current()).stream()
                .filter(o -> o.isEnabled() && o.isWithin(issuer))
                .sorted(Comparator.comparing(Organization::getPath)).limit(500).toList();
    }

    /** Any call by its id, for the public pages (a call is a public notice). */
    public WorkCall publicCall(long id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("征集通知"));
    }

    /** A call whose awards are published (公示), for the public pages. */
    public WorkCall publishedCall(long id) {
        return calls.findById(id).filter(WorkCall::isPublished).orElseThrow(() -> new NotFoundException("获奖名单"));
    }

    /** The calls open today, for the public list. */
    public List<WorkCall> openCalls() {
        LocalDate today = today();
        return calls.findAllByOrderByIdDesc().stream().filter(c -> c.acceptsOn(today)).toList();
    }

    public List<WorkCall> publishedCalls() {
        return calls.findByAwardsPublishedAtIsNotNullOrderByIdDesc();
    }

    /** The awarded works of a published call, by category then award. */
    public List<Work> awarded(WorkCall call) {
        return works.findByCall_IdOrderByCategoryAscIdAsc(call.getId()).stream().filter(w -> w.getAward() != null)
                .sorted(Comparator.comparing(Work::getCategory).thenComparing(Work::getAward)
                        .thenComparing(w -> w.meanScore().orElse(null), Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** 作品库: every awarded work of a published call. */
    public List<Work> library() {
        return works.awardedAndPublished().stream()
                .sorted(Comparator.comparing((Work w) -> w.getCall().getYear()).reversed()
                        .thenComparing(w -> w.getCall().getId(), Comparator.reverseOrder())
                        .thenComparing(Work::getCategory).thenComparing(Work::getAward).thenComparing(Work::getId))
                .toList();
    }

    /** An awarded work of a published call, for its public preview. */
    public Work libraryWork(long id) {
        return works.findById(id).filter(w -> w.getAward() != null && w.getCall().isPublished())
                .orElseThrow(() -> new NotFoundException("作品"));
    }
}
