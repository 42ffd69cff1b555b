/** The home page: figure cards, charts, breakdown and the monthly report download. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.dashboard.ui;
