/**
 * 账号与安全: users, roles with separation of duties (三权分立), login with password policy and lockout, forced
 * password changes, personal API tokens, and the security configuration of the whole application.
 */
@ApplicationModule(allowedDependencies = {"audit", "org", "support"})
package cn.kepu.account;

import org.springframework.modulith.ApplicationModule;
