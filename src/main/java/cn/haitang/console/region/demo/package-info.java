/**
 * The demo geography of Changshu (profile {@code demo} only): its 14 towns and streets, their communities,
 * the compounds and micro-grids. Every other feature's demo data builds on it.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.region.demo;
