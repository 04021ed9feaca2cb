/**
 * 首页 / 工作台: where a user lands after login — their unit, what they may do, and the work modules put on it through
 * {@link cn.kepu.home.WorkSource} (plan, activity and notice do; home knows none of them); and the start-up message.
 */
@ApplicationModule(allowedDependencies = {"account", "org", "support"})
package cn.kepu.home;

import org.springframework.modulith.ApplicationModule;
