/** Database bootstrap (embedded MariaDB for development) and the shared read-query helpers. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.base.db;
