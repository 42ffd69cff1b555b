/**
 * The demo data of the governance feature (profile {@code demo} only): committees reproducing the city's
 * 87.6% formation rate, vetting histories, property companies, surveys, fees, disputes and meetings.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.governance.demo;
