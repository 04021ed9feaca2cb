/**
 * 考核: assessment schemes — who is assessed, a tree of indicators with their points and scoring rules, grade bands —
 * and the results: scores per indicator, totals, ranks and grades. This first part is the scoring itself, plain
 * Java ({@link cn.kepu.assessment.Indicator}, {@link cn.kepu.assessment.Rule}, {@link cn.kepu.assessment.Ranking});
 * schemes, their workflow and the figures read from {@code plan} and {@code activity} come next (issue #14).
 */
@ApplicationModule(allowedDependencies = {"activity", "attachment", "audit", "notice", "org", "plan", "supervision", "support"})
package cn.kepu.assessment;

import org.springframework.modulith.ApplicationModule;
