package cn.haitang.console.region;

/** A community with the version the user saw, for the rename form. */
public record CommunityRow(long id, long version, String name, long townId, String townName) {
}
