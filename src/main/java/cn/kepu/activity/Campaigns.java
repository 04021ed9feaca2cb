package cn.kepu.activity;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Campaigns extends JpaRepository<Campaign, Long>, JpaSpecificationExecutor<Campaign> {

    boolean existsByOrganizer_IdAndName(long organizerId, String name);

    @Query(value = "select quota_id, topic from campaign_quota where campaign_id = ?1", nativeQuery = true)
    List<Object[]> quotaLinkRows(long campaignId);

    /** Quota id → the topic an activity must count as to count toward it (null: every approved activity). */
    default Map<Long, String> quotaLinks(long campaignId) {
        Map<Long, String> links = new LinkedHashMap<>();
        for (Object[] row : quotaLinkRows(campaignId)) {
            links.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return links;
    }

    @Query(value = "select campaign_id, quota_id, topic from campaign_quota", nativeQuery = true)
    List<Object[]> allQuotaLinkRows();

    /** Every campaign's quota links at once: campaign id → (quota id → topic), for a recount of everything. */
    default Map<Long, Map<Long, String>> allQuotaLinks() {
        Map<Long, Map<Long, String>> links = new HashMap<>();
        for (Object[] row : allQuotaLinkRows()) {
            links.computeIfAbsent(((Number) row[0]).longValue(), c -> new LinkedHashMap<>())
                    .put(((Number) row[1]).longValue(), (String) row[2]);
        }
        return links;
    }

    /** For each of these quotas that a campaign feeds: quota id, campaign name, topic (null: every approved activity). */
    @Query(value = """
            select cq.quota_id, c.name, cq.topic from campaign_quota cq join campaign c on c.id = cq.campaign_id
            where cq.quota_id in (?1) order by c.name""", nativeQuery = true)
    List<Object[]> feedingRows(Collection<Long> quotaIds);

    @Modifying
    @Query(value = "delete from campaign_quota where campaign_id = ?1", nativeQuery = true)
    void unlinkQuotas(long campaignId);

    @Modifying
    @Query(value = "insert into campaign_quota (campaign_id, quota_id, topic) values (?1, ?2, ?3)", nativeQuery = true)
    void linkQuota(long campaignId, long quotaId, String topic);
}
