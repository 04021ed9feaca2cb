/**
 * 推荐评选: an association opens a round (先进单位, 优秀活动 …) for the units beneath it, each recommends up to its quota
 * with the seed's forms filled from what Kepu knows; the issuer reviews, scores, selects, publishes the candidates
 * (公示), fixes the award list and forwards the best into the next level's round, their history kept (县 → 市 → 省).
 */
@ApplicationModule(allowedDependencies = {"activity", "attachment", "audit", "home", "notice", "org", "support"})
package cn.kepu.recommendation;

import org.springframework.modulith.ApplicationModule;
