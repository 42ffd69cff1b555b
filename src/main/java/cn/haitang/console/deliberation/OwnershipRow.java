package cn.haitang.console.deliberation;
import java.math.BigDecimal;

/** A compound's art. 278 denominators (absent until entered or imported). */
public record OwnershipRow(long compoundId, long version, BigDecimal totalArea, int ownerCount) {
}
