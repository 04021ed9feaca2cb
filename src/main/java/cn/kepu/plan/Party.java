package cn.kepu.plan;

import cn.kepu.org.Organization;

/**
 * A lead, responsible or quota-subject party of a task, as a name was read under a plan's issuer: one organization
 * (泰山区科协) or a kind of unit (各县市区科协) that is resolved into organizations when the plan is published.
 * Other modules get parties from {@link PartyNames} and hand them back in a {@link PlanDraft}.
 */
public final class Party {

    private final Organization organization;
    private final UnitSelector selector;

    Party(Organization organization, UnitSelector selector) {
        this.organization = organization;
        this.selector = selector;
    }

    Organization organization() {
        return organization;
    }

    UnitSelector selector() {
        return selector;
    }

    /** The organization's name or the kind's phrase, as the reviewer sees what a name was taken for. */
    public String label() {
        return organization != null ? organization.getName() : selector.label();
    }

    boolean isWithin(Organization issuer) {
        return organization == null || organization.isWithin(issuer);
    }
}
