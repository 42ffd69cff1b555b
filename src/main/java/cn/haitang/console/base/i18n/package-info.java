/** All user-visible text from the bundles under i18n/, Chinese first. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.i18n;
