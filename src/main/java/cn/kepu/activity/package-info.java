/**
 * 活动登记: campaigns (全国科普日, 科普之春 …) with their windows, deadlines, naming and counting rules, and the
 * activities units register for them — review by the association of the organizer's region, evidence, the
 * summary sheet (活动项目汇总表), counting toward plan quotas through {@link cn.kepu.plan.QuotaContribution},
 * the campaign dashboard, and the public listing with its iCalendar feeds.
 */
@ApplicationModule(allowedDependencies = {"attachment", "audit", "home", "notice", "org", "plan", "support"})
package cn.kepu.activity;

import org.springframework.modulith.ApplicationModule;
