package cn.haitang.console.governance;

import org.jspecify.annotations.Nullable;

/** The registry's fields of a property company. */
public record PropertyCompanyForm(@Nullable String name, @Nullable String creditCode, @Nullable String contactPerson, @Nullable String contactPhone) {
}
