/** The deliberation views: platforms, sessions with their topics, overdue topics, consultations with their vote. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.deliberation.ui;
