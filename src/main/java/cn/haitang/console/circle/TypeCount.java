package cn.haitang.console.circle;

/** How many scenes of a type are running. */
public record TypeCount(long typeId, String typeName, long running) {
}
