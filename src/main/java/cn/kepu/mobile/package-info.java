/**
 * 流动科普 (#20): an association's mobile resources — 科普大篷车, 流动科技馆 exhibit sets, 巡展 boards — and their visits
 * (巡展安排) PLANNED → COMPLETED (participants, photos) or CANCELLED; the townships a year's visits reached (覆盖所有乡镇).
 * <b>The counting rule</b> ({@link cn.kepu.mobile.MobileCounting}): a completed visit counts 1 toward every quota of a
 * published plan of its year whose measure names 大篷车, 流动科技馆, 流动科普 or 巡展 (counted in 场/次/站/项) and that is
 * assigned to the resource's unit or a unit above it.
 */
@ApplicationModule(allowedDependencies = {"attachment", "audit", "home", "org", "plan", "support"})
package cn.kepu.mobile;

import org.springframework.modulith.ApplicationModule;
