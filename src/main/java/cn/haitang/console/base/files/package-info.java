/** The one check every uploaded file passes. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.files;
