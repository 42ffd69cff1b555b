package cn.haitang.console.audit;

import org.jspecify.annotations.Nullable;

/** One changed field of an audit entry, before and after, as text. */
public record FieldChange(String field, @Nullable String before, @Nullable String after) {
}
