package cn.haitang.console.deliberation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A round as entered. */
public record RoundForm(@Nullable LocalDate heldOn, @Nullable String minutes, @Nullable String options,
                        @Nullable String positions) {
}
