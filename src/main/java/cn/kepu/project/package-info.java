/**
 * 科普项目: an association's call (申报通知: kind, deadline, budget) for the units beneath it, their applications with
 * budget lines, the issuer's scores, 立项 with the funds granted, the mid-term report, 验收 with evidence and outcome, and
 * the funds summed per region and year.
 */
@ApplicationModule(allowedDependencies = {"attachment", "audit", "home", "notice", "org", "support"})
package cn.kepu.project;

import org.springframework.modulith.ApplicationModule;
