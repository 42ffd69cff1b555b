package cn.haitang.console.base.db;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Reads every page of a paged query, for exports that must not hold a whole list in memory. */
public final class Pages {

    /** How many rows an export reads per query. */
    public static final int SIZE = 1000;

    private Pages() {
    }

    /** Calls {@code each} for every row of every page until a short page. */
    public static <T> void forEach(Function<Pageable, List<T>> query, Sort sort, Consumer<T> each) {
        for (int page = 0; ; page++) {
            List<T> rows = query.apply(PageRequest.of(page, SIZE, sort));
            rows.forEach(each);
            if (rows.size() < SIZE) {
                return;
            }
        }
    }
}
