/**
 * 科技志愿服务: 科技志愿服务队 and their volunteers, with personal information protected — ID-card numbers and phones
 * encrypted at rest (SM4/GCM) with a keyed hash for duplicate checks, masked wherever shown, unmasked only by an
 * audited action, and erased on request.
 */
@ApplicationModule(allowedDependencies = {"activity", "audit", "org", "support"})
package cn.kepu.volunteer;

import org.springframework.modulith.ApplicationModule;
