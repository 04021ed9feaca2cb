package cn.kepu.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.Scope;

/**
 * 督办 figures per unit, for modules that judge units by them (考核: timeliness less the 督办 notices a unit received).
 * Within the reader's data scope: a unit the reader may not see is absent, like one that received none.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionFigures {

    private final SupervisionNotices notices;
    private final OrganizationDirectory organizations;
    private final DataScope scope;

    SupervisionFigures(SupervisionNotices notices, OrganizationDirectory organizations, DataScope scope) {
        this.notices = notices;
        this.organizations = organizations;
        this.scope = scope;
    }

    /**
     * Organization id → how many 督办单 were sent to it (by any issuer) with a sent date within [from, to], for those
     * of {@code organizationIds} the reader may see; units that received none may be absent.
     */
    public Map<Long, Integer> noticesReceived(Collection<Long> organizationIds, LocalDate from, LocalDate to) {
        Map<Long, Integer> figures = new LinkedHashMap<>();
        if (organizationIds == null || organizationIds.isEmpty() || from == null || to == null || to.isBefore(from)) {
            return figures;
        }
        Scope current = scope.current();
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : notices.countsByUnit(organizationIds, from, to)) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        for (Organization unit : organizations.byIds(counts.keySet())) {
            if (current.covers(unit)) {
                figures.put(unit.getId(), counts.get(unit.getId()));
            }
        }
        return figures;
    }
}
