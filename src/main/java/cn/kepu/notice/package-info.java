/**
 * 通知: in-app notifications addressed to an organization, read by its users, with the bell's unread count.
 * Other modules call {@link cn.kepu.notice.Notifications#notify}.
 */
@ApplicationModule(allowedDependencies = {"account", "home", "org", "support"})
package cn.kepu.notice;

import org.springframework.modulith.ApplicationModule;
