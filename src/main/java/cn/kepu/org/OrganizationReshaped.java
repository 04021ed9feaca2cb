package cn.kepu.org;

/**
 * Published when a unit moves under another parent or changes its type: what other modules keep per unit of a path or
 * per type (the campaign tally) is to be counted again for the unit and everything beneath it, now at {@code path}.
 */
public record OrganizationReshaped(long organizationId, String path) {
}
