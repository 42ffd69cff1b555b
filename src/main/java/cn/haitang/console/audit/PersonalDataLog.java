package cn.haitang.console.audit;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.db.Rows;
import cn.haitang.console.base.db.Window;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-data log (个人信息保护法): every list page that showed ID numbers or phones in full, and every export
 * of such a list, masked or not, with the reason given for a full one. Features record; only city admins read.
 */
@Service
public class PersonalDataLog {

    private static final int REASON_MIN = cn.haitang.console.base.PersonalDataRules.REASON_MIN;
    private static final int REASON_MAX = cn.haitang.console.base.PersonalDataRules.REASON_MAX;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonalDataLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The reason a full export needs, trimmed; refused at the field when missing or too long. */
    public static String requireReason(@Nullable String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.length() < REASON_MIN) {
            throw RuleViolationException.atField("reason", "personalData.reason.required", REASON_MIN);
        }
        if (trimmed.length() > REASON_MAX) {
            throw RuleViolationException.atField("reason", "personalData.reason.tooLong", REASON_MAX);
        }
        return trimmed;
    }

    /** A list's filter as the log shows it: the parts that are set ("townId=3, kind=MEMBER"), none when it is all. */
    public static String describe(Record filter) {
        java.util.StringJoiner parts = new java.util.StringJoiner(", ");
        for (var component : filter.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(filter);
                if (value != null && !(value instanceof String text && text.isBlank())
                        && !(value instanceof Boolean flag && !flag)) {
                    parts.add(component.getName() + "=" + value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return parts.length() == 0 ? "—" : parts.toString();
    }

    /** A list page showed personal data in full to the caller. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void viewed(String subject, @Nullable String filter, int rows) {
        insert(PersonalDataAccess.VIEW, subject, filter, rows, true, null);
    }

    /** The caller exported a list with personal data (its own transaction: exports read in read-only ones). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void exported(String subject, @Nullable String filter, int rows, boolean unmasked, @Nullable String reason) {
        insert(PersonalDataAccess.EXPORT, subject, filter, rows, unmasked, reason);
    }

    private void insert(String action, String subject, @Nullable String filter, int rows, boolean unmasked,
                        @Nullable String reason) {
        jdbc.update("""
                INSERT INTO personal_data_access (occurred_at, username, action, subject, filter_text, row_count,
                                                  unmasked, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC), AuditTrail.currentUsername(), action,
                subject, filter == null ? null : truncate(filter, 500), rows, unmasked, reason);
    }

    /** Entries newest first, for city admins: by user name (exact or a part), action, day range. */
    @Transactional(readOnly = true)
    public List<PersonalDataAccess> find(Filter filter, Window window) {
        AuditService.requireAdmin();
        Where where = where(filter);
        List<Object> arguments = new ArrayList<>(where.arguments);
        arguments.add(window.limit());
        arguments.add(window.offset());
        return jdbc.query("SELECT * FROM personal_data_access" + where.sql + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
                Rows.of(PersonalDataAccess.class), arguments.toArray());
    }

    @Transactional(readOnly = true)
    public long count(Filter filter) {
        AuditService.requireAdmin();
        Where where = where(filter);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM personal_data_access" + where.sql, Long.class,
                where.arguments.toArray());
        return count == null ? 0 : count;
    }

    /** What the admin searches the log by; every part optional. */
    public record Filter(@Nullable String username, @Nullable String action, @Nullable LocalDate from,
                         @Nullable LocalDate to) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    private record Where(String sql, List<Object> arguments) {
    }

    private static Where where(Filter filter) {
        List<String> terms = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (filter.username() != null && !filter.username().isBlank()) {
            terms.add("username LIKE ?");
            arguments.add("%" + filter.username().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.action() != null) {
            terms.add("action = ?");
            arguments.add(filter.action());
        }
        if (filter.from() != null) {
            terms.add("occurred_at >= ?");
            arguments.add(filter.from().atStartOfDay(CHINA).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (filter.to() != null) {
            terms.add("occurred_at < ?");
            arguments.add(filter.to().plusDays(1).atStartOfDay(CHINA).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), arguments);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
