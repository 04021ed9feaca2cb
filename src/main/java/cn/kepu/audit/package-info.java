/**
 * 审计日志: an append-only record of logins and changes that only the auditor reads and exports. Other modules
 * publish {@link cn.kepu.audit.ActionPerformed}s; this module depends on none of them.
 */
@ApplicationModule(allowedDependencies = {"support"})
package cn.kepu.audit;

import org.springframework.modulith.ApplicationModule;
