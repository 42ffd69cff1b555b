/** The application: one Spring Boot app, packaged by feature. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console;
