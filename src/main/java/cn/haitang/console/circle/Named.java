package cn.haitang.console.circle;

/** An id with a display name, for pickers. */
public record Named(long id, String name) {
}
