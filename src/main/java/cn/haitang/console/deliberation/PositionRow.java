package cn.haitang.console.deliberation;

/** A party's position in a round, with the round's number and the party's name. */
public record PositionRow(long id, long version, long roundId, int roundNumber, long partyId, String partyName,
                          Stance stance, String statement) {
}
