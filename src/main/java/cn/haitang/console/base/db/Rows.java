package cn.haitang.console.base.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/** Rows mapped onto records by column name, with instants read as the UTC date-times Hibernate writes. */
public final class Rows {

    private Rows() {
    }

    public static <T> RowMapper<T> of(Class<T> type) {
        return new DataClassRowMapper<>(type) {
            @Override
            protected @Nullable Object getColumnValue(ResultSet rs, int index, Class<?> paramType) throws SQLException {
                if (paramType == Instant.class) {
                    LocalDateTime value = rs.getObject(index, LocalDateTime.class);
                    return value == null ? null : value.toInstant(ZoneOffset.UTC);
                }
                return super.getColumnValue(rs, index, paramType);
            }
        };
    }
}
