/**
 * The one search box: Hibernate Search over the names every feature declares (base.search), with
 * Chinese fragment, word, full-pinyin and initials matching, the caller's scope inside the query, and an
 * index kept whole at start and on every write.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.search;
