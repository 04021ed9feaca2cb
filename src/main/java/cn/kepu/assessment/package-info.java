/**
 * 考核: assessment schemes — who is assessed, a tree of indicators with their points and scoring rules, grade bands —
 * and the results: scores per indicator, totals, ranks and grades. The scoring is plain Java
 * ({@link cn.kepu.assessment.Indicator}, {@link cn.kepu.assessment.Rule}, {@link cn.kepu.assessment.Ranking}); a stored
 * scheme reads its computed figures from {@code plan}, {@code activity}, {@code publicity} and {@code supervision} through their read
 * models, runs through {@link cn.kepu.assessment.Workflow}, and freezes its figures when the scoring is finished.
 */
@ApplicationModule(allowedDependencies = {"activity", "attachment", "audit", "home", "notice", "org", "plan", "publicity", "supervision", "support"})
package cn.kepu.assessment;

import org.springframework.modulith.ApplicationModule;
