/** The small interface through which features put what waits for the caller into the one to-do inbox (待办). */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.inbox;
