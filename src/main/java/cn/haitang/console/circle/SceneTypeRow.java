package cn.haitang.console.circle;

/** A scene type of the city's list. */
public record SceneTypeRow(long id, long version, String name) {
}
