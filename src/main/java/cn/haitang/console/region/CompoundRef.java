package cn.haitang.console.region;

/** A compound as other features refer to it, with where it lies. */
public record CompoundRef(long id, String name, long communityId, String communityName, long townId, String townName) {
}
