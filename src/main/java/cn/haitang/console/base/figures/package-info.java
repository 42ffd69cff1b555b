/** The small interfaces through which features contribute to the dashboard without the dashboard knowing them. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.figures;
