package cn.kepu.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way actuals change: the contributions of whole source records are replaced, in the transaction that
 * changed the records (a synchronous listener, so a failed approval leaves no count behind). Sums over a
 * unit's subtree are read from these rows by the ledger; nothing else writes them.
 */
@Service
public class QuotaCounting {

    /** One quota's actual for one organization, from all its sources. */
    public record Actual(long quotaId, long organizationId, BigDecimal amount) {

        public Actual {
            amount = amount.stripTrailingZeros(); // 2.00 from the database and 2 from a recount are one value
        }
    }

    /** What a recount found and mended. */
    public record Recounted(String source, int contributions, int mended) {
    }

    private static final Logger log = LoggerFactory.getLogger(QuotaCounting.class);
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final List<CountedSource> sources;
    private final Clock clock;

    QuotaCounting(JdbcTemplate jdbc, List<CountedSource> sources, Clock clock) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(ContributionsChanged change) {
        List<String> refs = new ArrayList<>(change.sourceRefs());
        for (int from = 0; from < refs.size(); from += CHUNK) {
            List<String> chunk = refs.subList(from, Math.min(refs.size(), from + CHUNK));
            jdbc.update("delete from quota_actual where source = ? and source_ref in ("
                    + String.join(",", chunk.stream().map(r -> "?").toList()) + ")",
                    args(change.source(), chunk));
        }
        insert(change.contributions());
    }

    /**
     * Replaces every counted source's actuals with what its records count now; returns, per source, how many
     * contributions there are and how many rows differed before (0 when nothing had drifted).
     */
    @Transactional
    public List<Recounted> recountAll() {
        List<Recounted> result = new ArrayList<>();
        for (CountedSource source : sources) {
            List<QuotaContribution> now = source.recount();
            Map<String, BigDecimal> before = rows(source.source());
            Map<String, BigDecimal> after = new HashMap<>();
            now.forEach(c -> after.merge(key(c.quotaId(), c.organizationId(), c.sourceRef()), c.amount(), BigDecimal::add));
            int mended = 0;
            Set<String> keys = new HashSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (String key : keys) {
                BigDecimal a = before.get(key);
                BigDecimal b = after.get(key);
                if (a == null || b == null || a.compareTo(b) != 0) {
                    mended++;
                }
            }
            jdbc.update("delete from quota_actual where source = ?", source.source());
            insert(now);
            log.info("Recounted {}: {} contributions, {} mended", source.source(), now.size(), mended);
            result.add(new Recounted(source.source(), now.size(), mended));
        }
        return result;
    }

    /** Quota id → amount that one source record counts now. */
    Map<Long, BigDecimal> counted(String source, String sourceRef) {
        Map<Long, BigDecimal> counted = new HashMap<>();
        jdbc.query("select quota_id, amount from quota_actual where source = ? and source_ref = ?",
                rs -> {
                    counted.merge(rs.getLong(1), rs.getBigDecimal(2), BigDecimal::add);
                }, source, sourceRef);
        return counted;
    }

    /** Every recorded actual, per quota and organization: what the ledger sums. */
    @Transactional(readOnly = true)
    public List<Actual> actuals() {
        return jdbc.query("""
                select quota_id, organization_id, sum(amount) from quota_actual
                group by quota_id, organization_id order by quota_id, organization_id""",
                (rs, i) -> new Actual(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)));
    }

    /** What the counted sources would give from scratch, added to what people reported (which is not derived). */
    @Transactional(readOnly = true)
    public List<Actual> recountedActuals() {
        Map<List<Long>, BigDecimal> sums = new HashMap<>();
        List<String> derived = sources.stream().map(CountedSource::source).toList();
        jdbc.query("select quota_id, organization_id, source, amount from quota_actual", rs -> {
            if (!derived.contains(rs.getString(3))) {
                sums.merge(List.of(rs.getLong(1), rs.getLong(2)), rs.getBigDecimal(4), BigDecimal::add);
            }
        });
        for (CountedSource source : sources) {
            source.recount().forEach(c -> sums.merge(List.of(c.quotaId(), c.organizationId()), c.amount(), BigDecimal::add));
        }
        return sums.entrySet().stream()
                .map(e -> new Actual(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(Comparator.comparingLong(Actual::quotaId).thenComparingLong(Actual::organizationId))
                .toList();
    }

    private void insert(Collection<QuotaContribution> contributions) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                insert into quota_actual (quota_id, organization_id, source, source_ref, amount, recorded_at)
                values (?, ?, ?, ?, ?, ?)""", contributions, CHUNK, (ps, c) -> {
            ps.setLong(1, c.quotaId());
            ps.setLong(2, c.organizationId());
            ps.setString(3, c.source());
            ps.setString(4, c.sourceRef());
            ps.setBigDecimal(5, c.amount());
            ps.setTimestamp(6, now);
        });
    }

    private Map<String, BigDecimal> rows(String source) {
        Map<String, BigDecimal> rows = new HashMap<>();
        jdbc.query("select quota_id, organization_id, source_ref, amount from quota_actual where source = ?",
                rs -> {
                    rows.put(key(rs.getLong(1), rs.getLong(2), rs.getString(3)), rs.getBigDecimal(4));
                }, source);
        return rows;
    }

    private static String key(long quotaId, long organizationId, String ref) {
        return quotaId + "/" + organizationId + "/" + ref;
    }

    private static Object[] args(String source, List<String> refs) {
        Object[] args = new Object[refs.size() + 1];
        args[0] = Objects.requireNonNull(source);
        for (int i = 0; i < refs.size(); i++) {
            args[i + 1] = refs.get(i);
        }
        return args;
    }
}
