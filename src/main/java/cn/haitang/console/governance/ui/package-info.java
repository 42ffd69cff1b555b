/** The governance views: committees, formation figures, disputes, the company registry and the compound tabs. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.governance.ui;
