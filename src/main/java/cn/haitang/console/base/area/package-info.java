/** The area hierarchy as the shared UI sees it, without knowing the region feature. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.area;
