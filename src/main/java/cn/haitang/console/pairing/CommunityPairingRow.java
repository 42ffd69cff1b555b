package cn.haitang.console.pairing;

/** A community with the institutions paired with it (active pairings). */
public record CommunityPairingRow(long communityId, String communityName, String townName, int institutions,
                                  String institutionNames) {
}
