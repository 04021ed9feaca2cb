package cn.kepu.activity;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.Organization;

/**
 * The activity figures per unit that modules judging units read (考核): how many of a campaign's activities count
 * for each unit and the units beneath it — all, or only those counting as a topic — within the reader's scope.
 */
@Service
@Transactional(readOnly = true)
public class ActivityFigures {

    private final ActivityCatalog catalog;

    ActivityFigures(ActivityCatalog catalog) {
        this.catalog = catalog;
    }

    /** Unit id → the campaign's approved or completed activities organized by it or beneath it (of {@code topic}, if given). */
    public Map<Long, Long> countingWithin(long campaignId, String topic, List<Organization> units) {
        return catalog.countingWithin(campaignId, topic, units);
    }
}
