package cn.haitang.console.deliberation;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A household's ballot as entered or imported. */
public record BallotForm(@Nullable String household, @Nullable String ownerName, @Nullable BigDecimal area,
                         @Nullable Choice choice) {
}
