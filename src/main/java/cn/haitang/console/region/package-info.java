/** The geography: towns/streets (reference data), and later communities, compounds and micro-grids. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.region;
