/** Helpers the demo data generators share (names, phones, dates). */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.demo;
