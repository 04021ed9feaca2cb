package cn.kepu.plan;

import java.util.List;
import java.util.Set;

/**
 * What a module publishes when what some of its records count toward quotas has changed: from now on the records
 * {@code sourceRefs} of {@code source} count exactly {@code contributions} — an empty list withdraws them. The
 * publisher derives the list from its records as they now stand, never as a difference, and the plan module
 * replaces their actuals in the same transaction; so whatever changed (approval, return, an edit, a deletion, a
 * campaign's quota links or counting rule), the actuals equal a recount from scratch.
 */
public record ContributionsChanged(String source, Set<String> sourceRefs, List<QuotaContribution> contributions) {

    public ContributionsChanged {
        sourceRefs = Set.copyOf(sourceRefs);
        contributions = List.copyOf(contributions);
        for (QuotaContribution c : contributions) {
            if (!c.source().equals(source) || !sourceRefs.contains(c.sourceRef())) {
                throw new IllegalArgumentException("Contribution " + c + " is not one of the records replaced");
            }
        }
    }

    public static ContributionsChanged of(String source, String sourceRef, List<QuotaContribution> contributions) {
        return new ContributionsChanged(source, Set.of(sourceRef), contributions);
    }
}
