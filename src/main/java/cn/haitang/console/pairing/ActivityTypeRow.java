package cn.haitang.console.pairing;

/** A type of activity. */
public record ActivityTypeRow(long id, long version, String name, boolean unifiedDay) {
}
