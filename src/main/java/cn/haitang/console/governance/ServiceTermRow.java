package cn.haitang.console.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A company's service of a compound, since/until (until empty while it serves). */
public record ServiceTermRow(long id, long companyId, String companyName, LocalDate since, @Nullable LocalDate until) {
}
