package cn.haitang.console.pairing;

/** Matters raised in a month, by the state they are in now. */
public record MonthStateCount(java.time.YearMonth month, MatterState state, long matters) {
}
