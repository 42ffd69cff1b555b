package cn.haitang.console.pairing;

/** An earlier micro-grid of a person. */
public record ReportMoveRow(String gridName, String compoundName, java.time.LocalDate fromDate, java.time.LocalDate toDate) {
}
