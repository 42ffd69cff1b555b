package cn.haitang.console.pairing;

/** An id with a display name, for pickers and lists. */
public record Named(long id, String name) {
}
