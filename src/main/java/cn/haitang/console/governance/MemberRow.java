package cn.haitang.console.governance;


/** An elected committee member. */
public record MemberRow(long id, long candidateId, String name, MemberRole role, boolean partyMember, long version) {
}
