package cn.haitang.console.accreditation;

/** A rubric in lists: its total (100 when valid) and whether a round uses it (then it is frozen). */
public record RubricRow(long id, long version, String name, int criteria, int total, boolean used) {
}
