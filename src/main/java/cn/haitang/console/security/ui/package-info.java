/** Login, users and the login log. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.security.ui;
