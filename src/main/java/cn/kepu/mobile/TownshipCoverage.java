package cn.kepu.mobile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.OrgLevel;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.UnitType;
import cn.kepu.support.NotFoundException;

/**
 * 覆盖所有乡镇: which townships beneath an association a year's visits reached and which not. A township is a
 * township-level association in the tree; any completed visit to it counts, whoever's resource made it.
 */
@Service
@Transactional(readOnly = true)
public class TownshipCoverage {

    private final MobileVisits visits;
    private final DataScope scope;
    private final OrganizationDirectory organizations;

    TownshipCoverage(MobileVisits visits, DataScope scope, OrganizationDirectory organizations) {
        this.visits = visits;
        this.scope = scope;
        this.organizations = organizations;
    }

    /** One township of a coverage: its completed and planned visits of the year. */
    public record TownshipLine(Organization township, int completed, int planned, LocalDate firstCompleted) {

        public boolean reached() {
            return completed > 0;
        }
    }

    /** The townships under an association reached by the year's completed visits, and those not yet. */
    public record Coverage(Organization association, int year, List<TownshipLine> lines) {

        public long reached() {
            return lines.stream().filter(TownshipLine::reached).count();
        }

        public int total() {
            return lines.size();
        }

        /** "已覆盖 3 / 5 个乡镇". */
        public String words() {
            return "已覆盖 " + reached() + " / " + total() + " 个乡镇";
        }
    }

    /** The associations a coverage may be read for: within the scope, above township level. */
    public List<Organization> coverageUnits() {
        return organizations.within(scope.current()).stream()
                .filter(o -> o.getUnitType() == UnitType.ASSOCIATION && o.getLevel() != OrgLevel.TOWNSHIP)
                .sorted(Comparator.comparing(Organization::getPath)).toList();
    }

    /**
     * The townships beneath the association and what the year's visits did there: any visit to a township counts,
     * whoever's resource made it (a city's 大篷车 reaching a county's township covers it).
     */
    public Coverage coverage(long associationId, int year) {
        Organization association = organizations.find(associationId).filter(scope.current()::covers)
                .filter(o -> o.getUnitType() == UnitType.ASSOCIATION && o.getLevel() != OrgLevel.TOWNSHIP)
                .orElseThrow(() -> new NotFoundException("科协"));
        List<Organization> townships = organizations.subtree(association).stream().filter(o -> o.isEnabled() && MobileSchedule.isTownship(o)).toList();
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, LocalDate> first = new HashMap<>();
        if (!townships.isEmpty()) {
            for (MobileVisit v : visits.toTownships(townships.stream().map(Organization::getId).toList(),
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                int[] c = counts.computeIfAbsent(v.getTownship().getId(), k -> new int[2]);
                if (v.getState() == VisitState.COMPLETED) {
                    c[0]++;
                    first.putIfAbsent(v.getTownship().getId(), v.getVisitDate());
                } else {
                    c[1]++;
                }
            }
        }
        List<TownshipLine> lines = townships.stream().map(t -> {
            int[] c = counts.getOrDefault(t.getId(), new int[2]);
            return new TownshipLine(t, c[0], c[1], first.get(t.getId()));
        }).sorted(Comparator.comparing((TownshipLine l) -> !l.reached()).thenComparing(l -> l.township().getPath())).toList();
        return new Coverage(association, year, lines);
    }

}
