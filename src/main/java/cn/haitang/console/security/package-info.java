/**
 * Login, users, roles and the caller's scope. {@link cn.haitang.console.security.CurrentUser} and
 * {@link cn.haitang.console.security.Scope} are what every feature service uses to filter and to refuse.
 */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.security;
