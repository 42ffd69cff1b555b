package cn.haitang.console.deliberation;

/** A choice in a form: id and name. */
public record Option(long id, String name) {
}
