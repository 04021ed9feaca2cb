/**
 * 附件: the files people upload as evidence — an activity's photos and videos, a progress report's photos and
 * documents — in one model with a kind, one place they are stored, one check of type (by content) and limits, and
 * one way they are served. An attachment belongs to an owner named by type and id ("activity", 12); the owning
 * module checks that the user may see its owner before it asks for the bytes. Knows no feature module.
 */
@ApplicationModule(allowedDependencies = {"support"})
package cn.kepu.attachment;

import org.springframework.modulith.ApplicationModule;
