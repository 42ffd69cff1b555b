package cn.haitang.console.pairing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An activity in a list, names fetched with joins. */
public record ActivityRow(long id, long version, LocalDate date, long institutionId, String institutionName,
                          String townName, String communityName, @Nullable String compoundName,
                          String typeName, int participants, BigDecimal hours, String description,
                          int attachments) {
}
