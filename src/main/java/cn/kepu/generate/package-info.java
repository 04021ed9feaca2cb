/**
 * 基准数据生成: {@code java -jar kepu.jar generate} fills the configured database with a national-shaped data
 * set built from the real region list, for benchmarks. Writes with plain JDBC, as the schema stands; volunteers' ID-card
 * numbers and phones sealed with the volunteer module's cipher and the configured key, as the application reads them.
 */
@ApplicationModule(allowedDependencies = {"volunteer"})
package cn.kepu.generate;

import org.springframework.modulith.ApplicationModule;
