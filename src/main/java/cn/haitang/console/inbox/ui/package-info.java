/** The inbox list (home page and its own page) and the header's count; the shell and the home page embed them. */
@org.springframework.modulith.NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package cn.haitang.console.inbox.ui;
