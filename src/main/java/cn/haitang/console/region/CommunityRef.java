package cn.haitang.console.region;

/** A community as other features refer to it. */
public record CommunityRef(long id, String name, long townId, String townName) {
}
