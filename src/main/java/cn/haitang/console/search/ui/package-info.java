/** The search box in the header and its dialog of hits grouped by kind; the shell embeds the box. */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package cn.haitang.console.search.ui;
