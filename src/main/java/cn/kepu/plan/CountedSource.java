package cn.kepu.plan;

import java.util.List;

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
}
