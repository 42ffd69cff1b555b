package cn.haitang.console.pairing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person reporting to their home micro-grid, as entered. */
public record ReportForm(@Nullable ReportKind kind, String name, String idNumber, String phone,
                         @Nullable Long institutionId, @Nullable String skills,
                         @Nullable Long gridId, @Nullable LocalDate reportedOn) {
}
