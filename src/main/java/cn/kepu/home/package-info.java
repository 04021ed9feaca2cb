/** 首页: where a user lands after login, with their unit and what they may do; and the start-up message. */
package cn.kepu.home;
