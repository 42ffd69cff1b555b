package cn.haitang.console.accreditation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An objection received during the notice. */
public record ObjectionRow(long id, long version, String raisedBy, String content, LocalDate receivedOn, String state, @Nullable String resolution) {
}
