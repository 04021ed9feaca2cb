/**
 * 组织机构与行政区划: the tree of associations and the units around them, the national region list, and the
 * data scope ({@link cn.kepu.org.DataScope}) that every module uses to limit what a user sees and changes.
 */
@ApplicationModule(allowedDependencies = {"audit", "support"})
package cn.kepu.org;

import org.springframework.modulith.ApplicationModule;
