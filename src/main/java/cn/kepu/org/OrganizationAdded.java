package cn.kepu.org;

/** Published when a unit joins the tree (created, imported or loaded), so that other modules can include it. */
public record OrganizationAdded(long organizationId) {
}
