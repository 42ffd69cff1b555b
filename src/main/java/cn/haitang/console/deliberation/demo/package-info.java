/** The demo data of deliberation (demo profile only): platforms, a year of sessions and topics, 义庄公寓's consultation and vote. */
@org.jspecify.annotations.NullMarked
package cn.haitang.console.deliberation.demo;
