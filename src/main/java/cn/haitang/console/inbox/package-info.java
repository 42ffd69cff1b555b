/**
 * The to-do inbox (待办): what waits for the caller, merged from every feature's
 * {@link cn.haitang.console.base.inbox.InboxContribution}, overdue first; shown on the home page and as
 * a count in the header.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.inbox;
