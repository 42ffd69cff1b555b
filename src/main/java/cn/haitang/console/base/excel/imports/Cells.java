package cn.haitang.console.base.excel.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads cell text as a person would: full-width digits and letters, invisible spaces, numbers stored
 * as text, phones with spaces/dashes/+86, dates in the forms towns write them. Never guesses: a value
 * that could mean two things is a {@link CellProblem} quoting what was read and saying what is expected.
 */
public final class Cells {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{2})(\\d{2}))");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-()（）.·]");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:：](\\d{2})(?:[:：]\\d{2})?");
    private static final Pattern COUNT = Pattern.compile("(-?\\d+)(?:\\.0+)?\\s*(?:人|户|个|名|栋|幢|套|间|次|家)?");

    private Cells() {
    }

    /**
     * The text with full-width ASCII folded to half-width (digits, letters, punctuation except brackets
     * and the ideographic space), invisible characters removed and outer spaces stripped.
     */
    public static String clean(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (isClean(value)) {
            return value; // the common case: no copy, so a streamed file's shared strings are not duplicated
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060' || c == '\u00AD') {
                continue;
            }
            if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\t') {
                out.append(' ');
            } else if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A'
                    || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF0E' || c == '\uFF0F') {
                out.append((char) (c - 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static boolean isClean(String value) {
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))
                || value.charAt(0) == '\u3000' || value.charAt(value.length() - 1) == '\u3000') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\u00A0' || c == '\u00AD' || c >= '\u2000' && c <= '\u206F' || c == '\u3000'
                    || c >= '\uFF01' && c <= '\uFF5E' || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** A header as compared: cleaned, brackets in one form, no spaces, no required-marks, lower case. */
    public static String headerKey(@Nullable String header) {
        String text = clean(header).replace('（', '(').replace('）', ')').replace('【', '[').replace('】', ']')
                .replace('：', ':');
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '*' && c != '＊') {
                out.append(c);
            }
        }
        String key = out.toString().toLowerCase(Locale.ROOT);
        return key.endsWith(":") ? key.substring(0, key.length() - 1) : key;
    }

    /** A mainland mobile number from "138 1234 5678", "139-1234-5678", "+86 13812345678", full-width digits. */
    public static String mobile(String value) {
        String text = clean(value);
        String digits = PHONE_SEPARATORS.matcher(text).replaceAll("");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.endsWith(".0")) {
            digits = digits.substring(0, digits.length() - 2); // a number cell formatted with a decimal
        }
        if (text.isEmpty()) {
            throw new CellProblem("imports.value.required");
        }
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new CellProblem("imports.value.phoneChars", text);
        }
        if (digits.length() != 11) {
            throw new CellProblem("imports.value.phoneLength", text, digits.length());
        }
        if (digits.charAt(0) != '1' || digits.charAt(1) < '3') {
            throw new CellProblem("imports.value.phonePrefix", text);
        }
        return digits;
    }

    /**
     * A date from a date cell (read as yyyy-MM-dd) or written as 2024-10-17, 2024/10/17, 2024.10.17,
     * 2024年10月17日 or 20241017. Anything else (10/17/24, 17.10.2024) is a problem, not a guess.
     */
    public static @Nullable LocalDate optionalDate(String value) {
        String text = clean(value);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new CellProblem("imports.value.date", text);
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new CellProblem("imports.value.noSuchDate", text);
        }
    }

    public static LocalDate date(String value) {
        LocalDate date = optionalDate(value);
        if (date == null) {
            throw new CellProblem("imports.value.required");
        }
        return date;
    }

    /** A time of day from a time cell (read as HH:mm) or written as 19:00, 9:30 or 19：00 (a full-width colon). */
    public static @Nullable LocalTime optionalTime(String value) {
        String text = clean(value);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            throw new CellProblem("imports.value.time", text);
        }
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            throw new CellProblem("imports.value.time", text);
        }
    }

    public static LocalTime time(String value) {
        LocalTime time = optionalTime(value);
        if (time == null) {
            throw new CellProblem("imports.value.required");
        }
        return time;
    }

    /** A whole number, also "12.0" (a number cell) and "12人"/"3户" (a count with its unit). */
    public static @Nullable Integer optionalCount(String value) {
        String text = clean(value);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = COUNT.matcher(text);
        if (!m.matches()) {
            throw new CellProblem("imports.value.count", text);
        }
        try {
            return Integer.valueOf(m.group(1));
        } catch (NumberFormatException e) {
            throw new CellProblem("imports.value.count", text);
        }
    }

    public static int count(String value) {
        Integer count = optionalCount(value);
        if (count == null) {
            throw new CellProblem("imports.value.required");
        }
        return count;
    }

    /** An amount of money in yuan: "1,234.50", "1234.5元", "￥1234.50"; more than two decimals is a problem. */
    public static @Nullable BigDecimal optionalAmount(String value) {
        String text = clean(value);
        if (text.isEmpty()) {
            return null;
        }
        String digits = text.replace(",", "").replace("，", "").replace("￥", "").replace("¥", "").replace("元", "").strip();
        try {
            BigDecimal amount = new BigDecimal(digits);
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new CellProblem("imports.value.amountScale", text);
            }
            return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CellProblem("imports.value.amount", text);
        }
    }

    /** An area in square metres: "12,345.67", "12345.67㎡", "12345.67平方米", "12345.67 m²"; more than two decimals is a problem. */
    public static @Nullable BigDecimal optionalArea(String value) {
        String text = clean(value);
        if (text.isEmpty()) {
            return null;
        }
        String digits = text.replace(",", "").replace("，", "").replace("平方米", "").replace("平米", "")
                .replace("㎡", "").replace("m²", "").replace("m2", "").strip();
        try {
            BigDecimal area = new BigDecimal(digits);
            if (area.stripTrailingZeros().scale() > 2) {
                throw new CellProblem("imports.value.areaScale", text);
            }
            return area.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CellProblem("imports.value.area", text);
        }
    }

    /** An ID number as written: spaces removed, a lower-case x raised. Checked by the feature. */
    public static String idNumber(String value) {
        return clean(value).replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
