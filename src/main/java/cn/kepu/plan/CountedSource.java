package cn.kepu.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A module whose records count toward quotas, able to say from scratch what all of them count. The recount
 * ({@code java -jar kepu.jar recount}, and tests) replaces each source's actuals with this, after a data repair.
 * Sources that people type in (progress reports) are records themselves and are not recounted.
 */
public interface CountedSource {

    /** The source name its contributions carry ("activity"). */
    String source();

    /** Everything the source's records count now, derived from the records alone. */
    List<QuotaContribution> recount();

    /** What its contributions are, in words for a person reading an actual ("审核通过的活动"). */
    String label();

    /**
     * Which of these quotas the source counts, each with what feeds it in words ("“2026年全国科普日”审核通过的活动").
     * A unit does not type a figure for such a quota; what it types is a correction beside the count.
     */
    Map<Long, String> feeding(Collection<Long> quotaIds);

    /**
     * What the ledger shows beside these quotas' actuals, for a source whose figure is a level rather than a count (a
     * measured rate: the year it was measured and where its trend leads). Counting sources say nothing.
     */
    default Map<Long, String> notes(Collection<Long> quotaIds) {
        return Map.of();
    }
}
