/** The demo data of accreditation (profile {@code demo} only): rounds, applications in every state, sites. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.accreditation.demo;
