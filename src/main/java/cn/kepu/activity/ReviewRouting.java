package cn.kepu.activity;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.kepu.org.Organization;
import cn.kepu.org.OrganizationDirectory;
import cn.kepu.org.UnitType;

/**
 * Who reviews an activity: the association of the organizer's region — a county association reviews what is
 * held in its county, even by a base or a member unit filed under the city — except that 学会, 高校科协 and 企业科协
 * go to the association that manages them, wherever they sit.
 */
@Component
class ReviewRouting {

    private static final Set<UnitType> MANAGED = EnumSet.of(UnitType.SOCIETY, UnitType.UNIVERSITY_ASSOCIATION,
            UnitType.ENTERPRISE_ASSOCIATION);

    private final OrganizationDirectory organizations;

    ReviewRouting(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    Organization reviewerFor(Organization organizer) {
        if (MANAGED.contains(organizer.getUnitType())) {
            return managingAssociation(organizer.getParent()).orElse(organizer);
        }
        if (organizer.getUnitType() == UnitType.ASSOCIATION) {
            return organizer;
        }
        if (organizer.getRegion() != null) {
            String root = organizer.getPath().substring(0, organizer.getPath().indexOf('/', 1) + 1);
            Optional<Organization> ofRegion = organizations.inRegion(organizer.getRegion().getCode(),
                    UnitType.ASSOCIATION).stream().filter(Organization::isEnabled)
                    .filter(a -> a.getPath().startsWith(root)).max(Comparator.comparingInt(Organization::getDepth));
            if (ofRegion.isPresent()) {
                return ofRegion.get();
            }
        }
        return managingAssociation(organizer.getParent()).orElse(organizer);
    }

    private static Optional<Organization> managingAssociation(Organization from) {
        for (Organization o = from; o != null; o = o.getParent()) {
            if (o.getUnitType() == UnitType.ASSOCIATION) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
