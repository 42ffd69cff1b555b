package cn.haitang.console.governance;


/** A compound required to form a committee that has none. */
public record GapRow(long compoundId, String compoundName, String communityName, String townName, int households) {
}
