/** The compound page that collects every feature's tabs. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.region.ui;
