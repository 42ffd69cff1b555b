package cn.haitang.console.deliberation;
import java.time.LocalDate;

/** A round of a consultation. */
public record RoundRow(long id, long version, int number, LocalDate heldOn, String minutes, String options, String positions) {
}
