/**
 * 专家库 and 科普专家工作室: experts (employer, title, 科普 fields, skills, availability, 应急科普) under a managing
 * unit, found by field and skill for an activity, a review panel or emergency science communication — by staff and
 * above, not by reporters; phones sealed (volunteer's {@code PersonalDataCipher}), masked, unmasked only audited.
 */
@ApplicationModule(allowedDependencies = {"audit", "org", "support"})
package cn.kepu.expert;

import org.springframework.modulith.ApplicationModule;
