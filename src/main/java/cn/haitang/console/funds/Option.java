package cn.haitang.console.funds;

/** Something to pick in a form: an id and its name. */
public record Option(long id, String name) {
}
