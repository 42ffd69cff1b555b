/**
 * The demo data of 共驻共建 (profile {@code demo} only): the 85 institutions and their pairings, a year of
 * activities, the reports of members and volunteers, and the matters board. Nothing outside the pairing
 * feature uses it; benchmarks reach it through a generator on the test side.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.pairing.demo;
