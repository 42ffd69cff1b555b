/** The funds and contest views: they call the feature's services only. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.funds.ui;
