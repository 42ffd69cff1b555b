/** The small interfaces through which features put their records in the one search box. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.search;
