/** The service circle's demo data (demo profile only). */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.circle.demo;
