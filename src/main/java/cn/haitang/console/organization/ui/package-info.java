/** The four-tier structure's views: tree, compound list, coverage, gap lists, import. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.organization.ui;
