/** The compound page that collects every feature's tabs; features' lists open it ({@code CompoundPageView.open}). */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package cn.haitang.console.region.ui;
