package cn.haitang.console.base.area;

/** A town/street, community or compound as a filter offers it. */
public record Area(long id, String name) {
}
