/**
 * What every feature shares: Chinese error answers for pages and the API, spreadsheet reading and writing,
 * masking of personal data.
 */
package cn.kepu.support;
