/**
 * 文件导入: reads an official plan or notice (.docx, .pdf with a text layer, .txt/.md, pasted text) and proposes
 * a draft plan — title, 文号, issuer, period, sections, tasks with their lead and responsible units, deadlines and
 * quotas. {@link cn.kepu.intake.PlanParser} is plain Java (no Spring), so the command line uses it directly.
 */
@ApplicationModule(allowedDependencies = {"org", "plan", "support"})
package cn.kepu.intake;

import org.springframework.modulith.ApplicationModule;
