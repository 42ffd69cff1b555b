/** The audit log view for city admins. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.audit.ui;
