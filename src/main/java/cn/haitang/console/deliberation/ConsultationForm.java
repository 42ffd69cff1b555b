package cn.haitang.console.deliberation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A consultation as entered. */
public record ConsultationForm(@Nullable String title, @Nullable String question, @Nullable Long compoundId,
                               @Nullable LocalDate openedOn) {
}
