/** The shell: main layout, home view, language, and the error pages. No feature depends on it. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.ui;
