package cn.haitang.console.pairing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A reporting person in a list; ID number and phone are masked unless the caller may see them. */
public record ReportRow(long id, long version, ReportKind kind, String name, String idNumber, String phone,
                        @Nullable String institutionName, @Nullable String skills,
                        String townName, String communityName, String compoundName, String gridName,
                        LocalDate reportedOn, ReportStatus status) {
}
