/** 首页: where a user lands after login, with their unit and what they may do; and the start-up message. */
@ApplicationModule(allowedDependencies = {"account", "org", "support"})
package cn.kepu.home;

import org.springframework.modulith.ApplicationModule;
