/**
 * 科普中国信息员: new informants registered per unit and month, entered, imported or sent by the API; their sums feed the
 * plans' 新增科普中国信息员 quotas. <b>The counting rule:</b> a unit's new informants of year Y count, as one contribution
 * (source {@code informant}, ref {@code informants:{unitId}:{Y}}), toward every quota whose measure names 信息员 in a
 * published plan whose period holds Y and that is assigned to the unit or a unit above it — so 泰山区's months (and its
 * subordinate units') add up to 泰山区's "新增科普中国信息员 ≥ 3000人" in the 2022 checklist, and the ledger's sum over the
 * subtree does the rest. The contributions are derived from the counts as they stand whenever a month is entered,
 * changed or imported, and for all counts of its years when a plan is published ({@code plan.PlanPublished}); the recount
 * derives them all from scratch.
 */
@ApplicationModule(allowedDependencies = {"audit", "org", "plan", "support"})
package cn.kepu.informant;

import org.springframework.modulith.ApplicationModule;
