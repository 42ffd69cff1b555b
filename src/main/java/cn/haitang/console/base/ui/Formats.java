package cn.haitang.console.base.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The console's date formats: ISO-like, as Chinese offices write them (2026-11-27 09:30); and money in
 * yuan with thousands separators and two decimals (1,000,000.00).
 */
public final class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private Formats() {
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Yuan with thousands separators and two decimals: 1,000,000.00 (empty for none). */
    public static String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
