package cn.kepu.plan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan typed by another module — intake, after a reviewer checked what it read from a document — for
 * {@link PlanDrafting#create}: names already resolved to {@link Party parties}, deadlines read into {@link Deadline}s,
 * quotas as their terms. Plan reads no text of it again.
 *
 * @param items the tasks in order; each names the section it sits in and the row the reviewer knows it by
 */
public record PlanDraft(long issuerId, String title, String docNumber, Integer periodFrom, Integer periodTo,
        List<Item> items) {

    /** Between a section and the heading beneath it in an item's section: "精心组织学习研讨 › 3. 开展座谈交流". */
    public static final String SUBSECTION = " › ";

    /** One task; {@code row} (1-based) is where the reviewer sees it, so problems can name it. */
    public record Item(int row, String section, String number, String title, String requirements, List<Party> lead,
            List<Party> responsible, Deadline deadline, List<Target> quotas) {
    }

    /** A quota's terms; a null subject means every responsible unit. */
    public record Target(Party subject, String metric, Bound bound, BigDecimal target, String unit) {
    }
}
