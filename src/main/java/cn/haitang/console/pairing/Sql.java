package cn.haitang.console.pairing;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional filters, with its positional arguments (never concatenated values). */
final class Sql {

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> args = new ArrayList<>();

    Sql and(String condition, Object... arguments) {
        where.append(" AND ").append(condition);
        args.addAll(List.of(arguments));
        return this;
    }

    Sql andIf(boolean apply, String condition, Object... arguments) {
        return apply ? and(condition, arguments) : this;
    }

    String where() {
        return where.toString();
    }

    Object[] args(Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray();
    }

    /** A LIKE pattern for a user's search text, with the wildcards in it escaped. */
    static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
