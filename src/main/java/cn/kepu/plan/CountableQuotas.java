package cn.kepu.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotas of published (and closed) plans by what they measure, with the units each is assigned to: what a module
 * that counts by unit derives its contributions from (the informant counts feed every "新增科普中国信息员" quota assigned
 * to a unit above them). Read without the reader's data scope — counting is not a person reading — so it returns ids,
 * paths and targets only.
 */
@Service
@Transactional(readOnly = true)
public class CountableQuotas {

    /** A unit a quota is assigned to, with its path (its subtree's counts feed the quota) and its target. */
    public record Assignee(long organizationId, String organizationName, String path, BigDecimal target) {
    }

    /** A quota of a published plan, its plan's period, and the units it is assigned to. */
    public record CountableQuota(long quotaId, long planId, String planTitle, String taskLabel, int periodFrom, int periodTo,
            String metric, String unit, List<Assignee> assignees) {

        public boolean covers(int year) {
            return periodFrom <= year && year <= periodTo;
        }

        /** The assignee whose subtree holds the unit at this path, the nearest first; none when it is outside them all. */
        public java.util.Optional<Assignee> above(String path) {
            return assignees.stream().filter(a -> path.startsWith(a.path()))
                    .max(java.util.Comparator.comparingInt(a -> a.path().length()));
        }
    }

    private final EntityManager entities;

    CountableQuotas(EntityManager entities) {
        this.entities = entities;
    }

    /** The quotas of published or closed plans whose measure contains these words ("信息员"), with their assignees. */
    public List<CountableQuota> measuring(String words) {
        List<Object[]> rows = entities.createQuery("""
                select q.id, p.id, p.title, k.number, k.title, p.periodFrom, p.periodTo, q.metric, q.unit,
                       o.id, o.name, o.path, t.target
                from AssignmentTarget t join t.assignment a join a.organization o join t.quota q join q.task k join k.plan p
                where q.metric like :words and p.state <> :draft
                order by q.id, o.path""", Object[].class)
                .setParameter("words", "%" + words + "%")
                .setParameter("draft", PlanState.DRAFT)
                .getResultList();
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        Map<Long, List<Assignee>> assignees = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long quota = (Long) r[0];
            heads.putIfAbsent(quota, r);
            assignees.computeIfAbsent(quota, q -> new ArrayList<>())
                    .add(new Assignee((Long) r[9], (String) r[10], (String) r[11], (BigDecimal) r[12]));
        }
        List<CountableQuota> quotas = new ArrayList<>();
        heads.forEach((quota, r) -> {
            String number = (String) r[3];
            String label = (number == null || number.isBlank() ? "" : number + ". ") + r[4];
            quotas.add(new CountableQuota(quota, (Long) r[1], (String) r[2], label, (Integer) r[5], (Integer) r[6],
                    (String) r[7], (String) r[8], List.copyOf(assignees.get(quota))));
        });
        return quotas;
    }

    /** Which of these quotas measure something containing these words (whatever their plan's state). */
    public Set<Long> measuring(String words, Collection<Long> quotaIds) {
        if (quotaIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entities.createQuery("select q.id from Quota q where q.id in :ids and q.metric like :words", Long.class)
                .setParameter("ids", quotaIds).setParameter("words", "%" + words + "%").getResultList());
    }
}
