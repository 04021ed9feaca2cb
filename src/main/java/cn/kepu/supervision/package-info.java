/**
 * 督查督办: an association sends a numbered 督办单 to a unit beneath it about overdue or at-risk tasks, the unit replies
 * with the situation, its measures and evidence, the issuer accepts or returns the reply; reminders, the workbench's
 * to-dos, the .docx 督查通报 of a period, and {@link cn.kepu.supervision.SupervisionFigures} for 考核.
 */
@ApplicationModule(allowedDependencies = {"attachment", "audit", "home", "notice", "org", "plan", "support"})
package cn.kepu.supervision;

import org.springframework.modulith.ApplicationModule;
