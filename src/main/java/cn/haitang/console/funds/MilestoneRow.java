package cn.haitang.console.funds;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A milestone; late when its due date has passed before it reached 100%. */
public record MilestoneRow(long id, long version, String title, LocalDate dueOn, int progress, @Nullable String evidence,
                           boolean late) {
}
