package cn.haitang.console.deliberation;

/** A party of a consultation. */
public record PartyRow(long id, long version, PartyRole role, String name) {
}
