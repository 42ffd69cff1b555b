/** Who changed what, when, before and after: one mechanism for every feature, and its view. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.audit;
