package cn.kepu.plan;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Scope;
import cn.kepu.org.UnitType;
import cn.kepu.support.NotFoundException;

/**
 * The plans a user may read: those issued within their scope and those that give a task to a unit within it
 * (a county reads the city's checklist it has to carry out).
 */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {

    private final WorkPlans plans;
    private final Assignments assignments;
    private final DataScope scope;
    private final OrganizationDirectory organizations;

    PlanCatalog(WorkPlans plans, Assignments assignments, DataScope scope, OrganizationDirectory organizations) {
        this.organizations = organizations;
        this.plans = plans;
        this.assignments = assignments;
        this.scope = scope;
    }

    /** The units within scope that issue plans (associations and member units), in tree order. */
    public List<Organization> issuers() {
        return organizations.within(scope.current()).stream()
                .filter(o -> o.getUnitType() == UnitType.ASSOCIATION || o.getUnitType() == UnitType.MEMBER_UNIT)
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    public List<WorkPlan> visible() {
        Scope current = scope.current();
        if (current.everything()) {
            return plans.all();
        }
        if (current.pathPrefix() == null) {
            return List.of();
        }
        return current.onlyOrganizationId() != null ? plans.visibleTo(current.onlyOrganizationId())
                : plans.visibleUnder(current.pathPrefix());
    }

    public WorkPlan plan(long id) {
        return visible().stream().filter(p -> p.getId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("工作计划"));
    }

    /** Whether the current user may change the plan: its issuer is within scope and the user is not a reporter. */
    public boolean editable(WorkPlan plan) {
        Scope current = scope.current();
        return current.onlyOrganizationId() == null && current.covers(plan.getIssuer());
    }

    /** The plan's assignments within the current user's scope. */
    public List<Assignment> assignments(WorkPlan plan) {
        Scope current = scope.current();
        return assignments.findByTask_Plan_Id(plan.getId()).stream().filter(a -> current.covers(a.getOrganization())).toList();
    }

    /** A quota other modules may count toward, with a label a person recognizes and the plan it belongs to. */
    public record QuotaChoice(long id, String label, long planId) {
    }

    /**
     * The quotas of the plans the unit issued, for other modules to count toward (a campaign's activities feed
     * its organizer's checklist), plans newest first.
     */
    @Transactional(readOnly = true)
    public List<QuotaChoice> quotasIssuedBy(long issuerId) {
        return visible().stream().filter(p -> p.getIssuer().getId() == issuerId)
                .sorted(Comparator.comparing(WorkPlan::getPeriodFrom).reversed())
                .flatMap(p -> p.getTasks().stream().flatMap(t -> t.getQuotas().stream()
                        .map(q -> new QuotaChoice(q.getId(), p.getTitle() + " · " + t.label() + " · " + q.describe(), p.getId()))))
                .toList();
    }

    /** Organization id → its target summed over these quotas (its own assignments, not its subtree's). */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> targetsFor(Collection<Long> quotaIds) {
        Map<Long, BigDecimal> targets = new HashMap<>();
        if (!quotaIds.isEmpty()) {
            for (Object[] row : assignments.targetsByOrganization(quotaIds)) {
                targets.put((Long) row[0], (BigDecimal) row[1]);
            }
        }
        return targets;
    }
}
