package cn.haitang.console.base;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The checks every service applies to what a form or a spreadsheet row sends, each refusing at the field
 * that caused it. Texts are stripped and counted as their columns count them (code points, so an emoji
 * is one character); nothing is ever cut to fit.
 */
public final class FieldChecks {

    /** The earliest date a founding (a branch, a committee) can have: the founding of the People's Republic. */
    public static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1949, 10, 1);
    /** The earliest date a record of the campaign's work (an activity, a session, a movement) can have. */
    public static final LocalDate EARLIEST_RECORD = LocalDate.of(2000, 1, 1);
    /** How far ahead a plan, a term or a deadline may reach. */
    public static final int PLAN_YEARS_AHEAD = 10;

    private FieldChecks() {
    }

    /** A required text of at most {@code max} characters, stripped. */
    public static String text(String field, @Nullable String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw RuleViolationException.atField(field, "validation.required");
        }
        return withinLength(field, stripped, max);
    }

    /** An optional text: null when blank, otherwise stripped and at most {@code max} characters. */
    public static @Nullable String optionalText(String field, @Nullable String value, int max) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? null : withinLength(field, stripped, max);
    }

    private static String withinLength(String field, String text, int max) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            throw RuleViolationException.atField(field, "form.tooLong", max, length);
        }
        return text;
    }

    public static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw RuleViolationException.atField(field, "validation.required");
        }
        return value;
    }

    /** A required whole number in [min, max]. */
    public static int integer(String field, @Nullable Integer value, int min, int max) {
        int v = required(field, value);
        if (v < min || v > max) {
            throw RuleViolationException.atField(field, "form.integer", min, max);
        }
        return v;
    }

    public static @Nullable Integer optionalInteger(String field, @Nullable Integer value, int min, int max) {
        return value == null ? null : integer(field, value, min, max);
    }

    /** A required decimal in [min, max] with at most {@code scale} decimals (amounts, areas). */
    public static BigDecimal decimal(String field, @Nullable BigDecimal value, BigDecimal min, BigDecimal max, int scale) {
        BigDecimal v = required(field, value);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0 || v.stripTrailingZeros().scale() > scale) {
            throw RuleViolationException.atField(field, "form.decimal", min.toPlainString(), max.toPlainString(), scale);
        }
        return v;
    }

    /** A required date in [min, max]. */
    public static LocalDate date(String field, @Nullable LocalDate value, LocalDate min, LocalDate max) {
        LocalDate v = required(field, value);
        if (v.isBefore(min) || v.isAfter(max)) {
            throw RuleViolationException.atField(field, "form.dateRange", min, max);
        }
        return v;
    }

    public static @Nullable LocalDate optionalDate(String field, @Nullable LocalDate value, LocalDate min, LocalDate max) {
        return value == null ? null : date(field, value, min, max);
    }

    /** A date something happened: from {@link #EARLIEST_RECORD} up to today. */
    public static LocalDate pastRecord(String field, @Nullable LocalDate value, LocalDate today) {
        return date(field, value, EARLIEST_RECORD, today);
    }

    /** A mobile phone number of mainland China (11 digits, 1[3-9]…). */
    public static String mobile(String field, @Nullable String value) {
        String digits = value == null ? "" : value.strip();
        if (!digits.matches("1[3-9]\\d{9}")) {
            throw RuleViolationException.atField(field, "form.mobile");
        }
        return digits;
    }
}
