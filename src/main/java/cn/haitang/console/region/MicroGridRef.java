package cn.haitang.console.region;

/** A micro-grid as other features refer to it, with where it lies. */
public record MicroGridRef(long id, String name, long compoundId, String compoundName, long townId) {
}
