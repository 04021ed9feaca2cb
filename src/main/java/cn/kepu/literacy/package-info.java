/**
 * 公民科学素质监测: the measured 公民具备科学素质的比例 per region (全国, province, city, county) and year, with sample,
 * margin of error, source and breakdowns; entered, imported or sent by the API; charted against the region's target and
 * its parent's rate. <b>The counting rule</b> ({@link cn.kepu.literacy.LiteracyCounting}): a rate is a level — the
 * latest rate of a region by a plan's last year is the actual of the plan's 科学素质 quota (in %) assigned to that
 * region's association, with the year it was measured and a straight-line projection beside it in the ledger.
 */
@ApplicationModule(allowedDependencies = {"audit", "org", "plan", "support"})
package cn.kepu.literacy;

import org.springframework.modulith.ApplicationModule;
