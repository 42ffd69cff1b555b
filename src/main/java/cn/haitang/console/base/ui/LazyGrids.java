package cn.haitang.console.base.ui;

import cn.haitang.console.base.db.Window;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Binds a grid to a service's {@code list(filter, Window)} and {@code count(filter)}: the grid counts once
 * per refresh (filter change, save), not per scroll, and every page it fetches carries that count, so the
 * service can read a page near the end backwards (see {@link Window}).
 */
public final class LazyGrids {

    private LazyGrids() {
    }

    public static <T> void bind(Grid<T> grid, Function<Window, List<T>> page, LongSupplier count) {
        long[] size = {-1};
        grid.setItems(query -> page.apply(new Window(query.getOffset(), query.getLimit(),
                        VaadinSpringDataHelpers.toSpringDataSort(query), size[0])).stream(),
                query -> {
                    size[0] = count.getAsLong();
                    return (int) Math.min(size[0], Integer.MAX_VALUE);
                });
    }
}
