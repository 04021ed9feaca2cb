/**
 * What every feature shares: Chinese error answers for pages and the API, spreadsheet reading and writing,
 * masking of personal data.
 */
@ApplicationModule(allowedDependencies = {})
package cn.kepu.support;

import org.springframework.modulith.ApplicationModule;
