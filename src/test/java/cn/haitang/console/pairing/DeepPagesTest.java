package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.db.Window;
import cn.haitang.console.support.ServiceTest;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page near the end of a list is read backwards from the end (see {@link Window}); the user must see
 * exactly the rows the forward read gives, in the same order, at every offset — including the last, short page.
 */
class DeepPagesTest extends ServiceTest {

    @Autowired
    ReportingService reporting;
    @Autowired
    MattersService matters;
    @Autowired
    ActivityService activities;

    @Test
    void reportsReadFromTheEndAreTheRowsReadFromTheStart() {
        login.as("admin");
        ReportFilter all = ReportFilter.all();
        assertSamePages(reporting.count(all), w -> reporting.list(all, w));
        login.as("yushan");
        ReportFilter members = new ReportFilter(null, null, null, ReportKind.MEMBER, null, null);
        assertSamePages(reporting.count(members), w -> reporting.list(members, w));
    }

    @Test
    void mattersAndActivitiesReadFromTheEndAreTheRowsReadFromTheStart() {
        login.as("admin");
        assertSamePages(matters.count(MatterFilter.all()), w -> matters.list(MatterFilter.all(), w));
        assertSamePages(activities.countActivities(ActivityFilter.all()),
                w -> activities.listActivities(ActivityFilter.all(), w));
    }

    private static <T> void assertSamePages(long size, Function<Window, List<T>> list) {
        assertThat(size).as("the demo data has a list to page through").isGreaterThan(60);
        int limit = 25;
        for (long offset : new long[] {0, size / 2, size - 60, size - limit - 1, size - limit, size - 7, size - 1}) {
            Window forwards = Window.of(offset, limit);
            Window counted = forwards.sized(size);
            List<T> expected = list.apply(forwards);
            assertThat(list.apply(counted)).as("page at %d of %d (read from the end: %s)", offset, size, counted.fromEnd())
                    .containsExactlyElementsOf(expected);
        }
        assertThat(Window.of(size - 5, limit).sized(size).fromEnd()).isTrue();
        assertThat(list.apply(Window.of(size - 5, limit).sized(size))).hasSize(5);
    }
}
