/** The entity base: id and optimistic-lock version. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.domain;
