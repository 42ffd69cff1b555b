package cn.haitang.console.deliberation;
import java.math.BigDecimal;

/** A ballot in the vote's list. */
public record BallotRow(long id, long version, String household, String ownerName, BigDecimal area, Choice choice) {
}
