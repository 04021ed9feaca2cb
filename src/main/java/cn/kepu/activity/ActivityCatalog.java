package cn.kepu.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.kepu.org.DataScope;
import cn.kepu.org.Organization;
import cn.kepu.org.Region;
import cn.kepu.org.Regions;
import cn.kepu.support.CurrentUser;
import cn.kepu.support.NotFoundException;
import cn.kepu.support.Times;

/** Reading activities: a campaign's list within scope, one activity, and the public listing. */
@Service
@Transactional(readOnly = true)
class ActivityCatalog {

    /** What the list can be narrowed to; all optional. */
    public record Filter(Long campaignId, ActivityState state, String q, boolean toReview) {
    }

    private final Activities activities;
    private final ActivityScope activityScope;
    private final DataScope scope;
    private final Clock clock;
    private final Times times;
    private final Regions regions;
    @PersistenceContext
    private EntityManager entities;

    ActivityCatalog(Activities activities, ActivityScope activityScope, DataScope scope, Clock clock,
            Times times, Regions regions) {
        this.regions = regions;
        this.activities = activities;
        this.activityScope = activityScope;
        this.scope = scope;
        this.clock = clock;
        this.times = times;
    }

    public Page<Activity> page(Filter filter, int page, int size) {
        Pageable pageable = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 200), ORDER);
        return activities.findAll(spec(filter), pageable);
    }

    /**
     * How many activities each campaign has that the filter (its campaign aside) selects, optionally only those
     * {@code organizerId} holds itself: one grouped query for all campaigns, for the workbench.
     */
    public Map<Long, Long> countByCampaign(Filter filter, Long organizerId) {
        Specification<Activity> spec = spec(new Filter(null, filter.state(), filter.q(), filter.toReview()));
        if (organizerId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("organizer").get("id"), organizerId));
        }
        var cb = entities.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Activity.class);
        var campaign = root.get("campaign").get("id");
        query.multiselect(campaign, cb.count(root)).where(spec.toPredicate(root, query, cb)).groupBy(campaign);
        Map<Long, Long> counts = new HashMap<>();
        entities.createQuery(query).getResultList().forEach(t -> counts.put(t.get(0, Long.class), t.get(1, Long.class)));
        return counts;
    }

    /**
     * 考核's read model: for each of these units, how many of the campaign's activities organized by it or beneath it
     * count (approved or completed) — all of them, or only those counting as {@code topic} (食品安全) under the
     * campaign's rules — within the reader's scope. One grouped query (per organizer), whatever the number of units,
     * summed here over each unit's subtree.
     */
    Map<Long, Long> countingWithin(long campaignId, String topic, List<Organization> units) {
        return countingByTopic(campaignId, java.util.Collections.singletonList(topic), units).get(topic);
    }

    /**
     * The same for several topics at once (null: every counting activity): one scan of the campaign's activities, each
     * topic a conditional count, whatever the number of topics and units. Each organizer's counts are added to every
     * unit up its path once, so a unit's subtree total is a lookup, not a scan of all organizers.
     */
    Map<String, Map<Long, Long>> countingByTopic(long campaignId, List<String> topics, List<Organization> units) {
        Specification<Activity> spec = spec(new Filter(campaignId, null, null, false))
                .and((root, query, cb) -> root.get("state").in(ActivityState.COUNTING));
        var cb = entities.getCriteriaBuilder();
        var query = cb.createTupleQuery();
        var root = query.from(Activity.class);
        var path = root.get("organizer").get("path");
        List<jakarta.persistence.criteria.Selection<?>> columns = new ArrayList<>();
        columns.add(path);
        for (String topic : topics) {
            columns.add(topic == null ? cb.count(root) : cb.sum(cb.<Long>selectCase()
                    .when(cb.like(root.get("countedTopics"), "%|" + topic + "|%"), 1L).otherwise(0L)));
        }
        query.multiselect(columns).where(spec.toPredicate(root, query, cb)).groupBy(path);
        List<Map<String, Long>> withinPath = new ArrayList<>();
        topics.forEach(t -> withinPath.add(new HashMap<>()));
        for (var row : entities.createQuery(query).getResultList()) {
            String organizer = row.get(0, String.class);
            for (int t = 0; t < topics.size(); t++) {
                Number count = (Number) row.get(t + 1);
                if (count == null || count.longValue() == 0) {
                    continue;
                }
                // "/1/5/23/" counts for "/1/", "/1/5/" and "/1/5/23/".
                for (int at = organizer.indexOf('/', 1); at > 0; at = organizer.indexOf('/', at + 1)) {
                    withinPath.get(t).merge(organizer.substring(0, at + 1), count.longValue(), Long::sum);
                }
            }
        }
        Map<String, Map<Long, Long>> counts = new HashMap<>();
        for (int t = 0; t < topics.size(); t++) {
            Map<Long, Long> perUnit = new LinkedHashMap<>();
            for (Organization unit : units) {
                perUnit.put(unit.getId(), withinPath.get(t).getOrDefault(unit.getPath(), 0L));
            }
            counts.put(topics.get(t), perUnit);
        }
        return counts;
    }

    /** [count, participants] of the approved or completed activities the unit organized itself, starting in the year. */
    List<Object[]> organizedByKindIn(long organizerId, int year) {
        return activities.organizedByKindBetween(organizerId, ActivityState.COUNTING, LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay());
    }

    Object[] organizedIn(long organizerId, int year) {
        return activities.organizedBetween(organizerId, ActivityState.COUNTING, LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay()).get(0);
    }

    /** For a unit's summary sheet: the campaign's activities organized by the unit or beneath it, earliest first. */
    public List<Activity> organizedWithin(long campaignId, Organization unit) {
        Specification<Activity> spec = spec(new Filter(campaignId, null, null, false))
                .and((root, query, cb) -> cb.like(root.get("organizer").get("path"), unit.getPath() + "%"));
        return activities.findAll(spec, Sort.by("startsAt", "id"));
    }

    private static final Sort ORDER = Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id"));

    private Specification<Activity> spec(Filter filter) {
        Specification<Activity> spec = activityScope.visible();
        if (filter.campaignId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("campaign").get("id"), filter.campaignId()));
        }
        if (filter.state() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String like = "%" + filter.q().strip() + "%";
            spec = spec.and((root, query, cb) -> cb.or(cb.like(root.get("name"), like),
                    cb.like(root.join("organizer").get("name"), like)));
        }
        if (filter.toReview()) {
            var current = scope.current();
            String me = CurrentUser.username();
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), ActivityState.SUBMITTED))
                    .and((root, query, cb) -> cb.or(cb.isNull(root.get("submittedBy")), cb.notEqual(root.get("submittedBy"), me)))
                    .and(current.onlyOrganizationId() != null ? (root, query, cb) -> cb.disjunction()
                            : current.on(root -> root.join("reviewer")));
        }
        return spec;
    }

    public Activity activity(long id) {
        return activityScope.activity(id);
    }



    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean organizes(Activity activity) {
        return activityScope.organizes(activity);
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean reviews(Activity activity) {
        return activityScope.reviews(activity);
    }

    /**
     * For the public: approved activities that have not yet ended, soonest first, optionally in a region (a
     * province, city or county code: its subregions count), from a day, or on a topic.
     */
    public Page<Activity> upcoming(String regionCode, LocalDate from, String topic, int page, int size) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), times.zone());
        Specification<Activity> spec = (root, query, cb) -> cb.and(
                root.get("state").in(ActivityState.APPROVED, ActivityState.COMPLETED),
                cb.greaterThanOrEqualTo(root.get("endsAt"), from == null || from.atStartOfDay().isBefore(now) ? now : from.atStartOfDay()));
        String prefix = regionPrefix(regionCode);
        if (prefix != null) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("region").get("code"), prefix + "%"));
        }
        if (topic != null && !topic.isBlank()) {
            spec = spec.and((root, query, cb) -> cb.like(root.get("topics"), "%|" + topic.strip() + "|%"));
        }
        return activities.findAll(spec, PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 500),
                Sort.by("startsAt", "id")));
    }

    /** One approved activity for the public, whoever asks; anything else is as if it did not exist. */
    public Activity published(long id) {
        return activities.findById(id).filter(a -> a.getState().counts()).orElseThrow(() -> new NotFoundException("活动"));
    }

    /**
     * The regions citizens can pick from: each city (or province-level city) and county where an approved activity
     * is still to come, the city before its counties.
     */
    public List<Region> upcomingRegions() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), times.zone());
        List<String> codes = entities.createQuery("select distinct a.region.code from Activity a where a.state in :states"
                + " and a.endsAt >= :now and a.region is not null", String.class)
                .setParameter("states", List.of(ActivityState.APPROVED, ActivityState.COMPLETED)).setParameter("now", now)
                .getResultList();
        Set<String> wanted = new TreeSet<>();
        for (String code : codes) {
            wanted.add(code.substring(0, 4) + "00");
            wanted.add(code);
        }
        return regions.findAllById(wanted).stream().sorted(Comparator.comparing(Region::getCode)).toList();
    }

    /** "370900" → "3709", "370000" → "37", "370902" → "370902"; anything else → null. */
    static String regionPrefix(String code) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return null;
        }
        String c = code.strip();
        return c.endsWith("0000") ? c.substring(0, 2) : c.endsWith("00") ? c.substring(0, 4) : c;
    }
}
