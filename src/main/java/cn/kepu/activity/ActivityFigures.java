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

    /** A campaign a module may count by, with the topics its counting rules name (食品安全 …). */
    public record CampaignChoice(long id, String name, int year, java.util.Set<String> topics) {
    }

    private final ActivityCatalog catalog;
    private final CampaignManagement campaigns;

    ActivityFigures(ActivityCatalog catalog, CampaignManagement campaigns) {
        this.catalog = catalog;
        this.campaigns = campaigns;
    }

    /** The campaigns run by the unit or beneath it that the reader may see, newest first. */
    public List<CampaignChoice> campaignsRunWithin(Organization unit) {
        return campaigns.visible().stream().filter(c -> c.getOrganizer().isWithin(unit))
                .map(c -> new CampaignChoice(c.getId(), c.getName(), c.getEventStart().getYear(), c.countingRuleMap().keySet()))
                .toList();
    }

    /** Unit id → the campaign's approved or completed activities organized by it or beneath it (of {@code topic}, if given). */
    public Map<Long, Long> countingWithin(long campaignId, String topic, List<Organization> units) {
        return catalog.countingWithin(campaignId, topic, units);
    }

    /** A year's approved or completed activities one unit organized itself: how many, and how many took part. */
    public record OrganizedYear(long activities, long participants) {
    }

    /**
     * The approved or completed activities {@code organizerId} organized itself starting in {@code year}, whoever reads
     * (the caller checks that the reader may see the unit) — what a 科普教育基地's annual report counts.
     */
    public OrganizedYear organizedIn(long organizerId, int year) {
        Object[] row = catalog.organizedIn(organizerId, year);
        return new OrganizedYear(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    /**
     * The same by the campaigns' kinds (全国科普日, 科技活动周 …, by their Chinese names): what a unit's yearly 科普统计
     * pre-fills. Kinds without activities are absent.
     */
    public Map<String, OrganizedYear> organizedByKindIn(long organizerId, int year) {
        Map<String, OrganizedYear> byKind = new java.util.LinkedHashMap<>();
        for (Object[] row : catalog.organizedByKindIn(organizerId, year)) {
            byKind.put(((CampaignKind) row[0]).label(), new OrganizedYear(((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()));
        }
        return byKind;
    }

    /** The same for several topics at once (a null topic: every counting activity), in one scan: topic → unit id → count. */
    public Map<String, Map<Long, Long>> countingByTopic(long campaignId, List<String> topics, List<Organization> units) {
        return catalog.countingByTopic(campaignId, topics, units);
    }
}
