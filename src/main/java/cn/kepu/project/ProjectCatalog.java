package cn.kepu.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Scope;
import cn.kepu.support.NotFoundException;

/**
 * Which calls and projects a person may see: a call issued within their scope or above their unit (a call speaks to
 * the units beneath its issuer); a project applied for by a unit within their scope, or — for the issuer's own
 * reporter — in the unit's own calls. Anything else answers as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class ProjectCatalog {

    /** The list's filters; every one optional. */
    public record Filter(Long callId, ProjectKind kind, ProjectState state, Integer year, String q) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    private final ProjectCalls calls;
    private final Projects projects;
    private final DataScope scope;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    ProjectCatalog(ProjectCalls calls, Projects projects, DataScope scope, OrganizationDirectory organizations, Clock clock) {
        this.calls = calls;
        this.projects = projects;
        this.scope = scope;
        this.organizations = organizations;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<ProjectCall> calls() {
        Scope current = scope.current();
        Optional<Organization> own = scope.ownUnit();
        return calls.findAllByOrderByIdDesc().stream().filter(c -> visible(c, current, own)).toList();
    }

    public ProjectCall call(long id) {
        Scope current = scope.current();
        Optional<Organization> own = scope.ownUnit();
        return calls.findById(id).filter(c -> visible(c, current, own)).orElseThrow(() -> new NotFoundException("申报通知"));
    }

    private static boolean visible(ProjectCall c, Scope current, Optional<Organization> own) {
        return current.covers(c.getIssuer()) || own.map(u -> u.isWithin(c.getIssuer())).orElse(false);
    }

    /** The projects the user may see, filtered, a page at a time, newest first. */
    public Page<Project> projects(Filter filter, int page, int size) {
        Scope current = scope.current();
        // One join to the applicant serves the scope and the row's unit: the page query fetches it (a fetch is a join in
        // Hibernate), the count joins it. Two joins (an entity graph beside the scope's) made PostgreSQL read every match
        // of a province's filter before sorting; one lets it walk the newest projects and stop after the page.
        Specification<Project> spec = (root, q, cb) -> {
            boolean counting = q.getResultType() == Long.class || q.getResultType() == long.class;
            @SuppressWarnings("unchecked")
            From<?, Organization> applicant = counting ? root.join("applicant")
                    : (From<?, Organization>) (Object) root.fetch("applicant");
            return current.<Project>on(r -> applicant).toPredicate(root, q, cb);
        };
        if (current.onlyOrganizationId() != null) {
            Long own = current.onlyOrganizationId();
            spec = spec.or((root, q, cb) -> cb.equal(root.join("call", JoinType.INNER).get("issuer").get("id"), own));
        }
        if (filter.callId() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("call").get("id"), filter.callId()));
        }
        if (filter.kind() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("call").get("kind"), filter.kind()));
        }
        if (filter.state() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        if (filter.year() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("fundsYear"), filter.year()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, q, cb) -> cb.or(cb.like(root.get("name"), like, '\\'),
                    cb.like(root.get("applicant").get("name"), like, '\\')));
        }
        return projects.findAll(spec, PageRequest.of(Math.max(page, 0), size, Sort.by(Sort.Direction.DESC, "id")));
    }

    public Project project(long id) {
        Scope current = scope.current();
        return projects.findById(id).filter(p -> visible(p, current)).orElseThrow(() -> new NotFoundException("科普项目"));
    }

    private static boolean visible(Project p, Scope current) {
        return current.covers(p.getApplicant())
                || current.onlyOrganizationId() != null && current.onlyOrganizationId().equals(p.getCall().getIssuer().getId());
    }

    /** The unit in whose name the current user issues calls and reviews: their own, unless they only report for it. */
    public Optional<Organization> issuer() {
        return scope.current().onlyOrganizationId() != null ? Optional.empty() : scope.ownUnit();
    }

    /** Whether the current user reviews the call's projects: a non-reporter of the issuing unit. */
    public boolean reviews(ProjectCall call) {
        return issuer().map(u -> u.getId().equals(call.getIssuer().getId())).orElse(false);
    }

    /** Whether the current user reports for the project (mid-term report, evidence): the applicant is within their scope. */
    public boolean reportsFor(Project p) {
        return scope.current().covers(p.getApplicant());
    }

    /** The units the current user may apply for in this call: enabled, within their scope and beneath the issuer. */
    public List<Organization> applicantChoices(ProjectCall call) {
        Organization issuer = call.getIssuer();
        return organizations.within(scope.current()).stream()
                .filter(o -> o.isEnabled() && o.isWithin(issuer) && !o.getId().equals(issuer.getId()))
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }
}
