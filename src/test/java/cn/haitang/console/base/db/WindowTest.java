package cn.haitang.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowTest {

    @Test
    void aPageInTheSecondHalfIsReadBackwardsWithASmallOffset() {
        Window last = Window.of(990, 50).sized(1000);
        assertThat(last.fromEnd()).isTrue();
        assertThat(last.limitOffset()).containsExactly(10, 0L);
        assertThat(last.order("a.activity_date DESC, a.id DESC")).isEqualTo("a.activity_date ASC, a.id ASC");
        assertThat(last.inOrder(List.of(1, 2, 3))).containsExactly(3, 2, 1);

        Window nearEnd = Window.of(900, 50).sized(1000);
        assertThat(nearEnd.limitOffset()).containsExactly(50, 50L);

        Window first = Window.of(0, 50).sized(1000);
        assertThat(first.fromEnd()).isFalse();
        assertThat(first.limitOffset()).containsExactly(50, 0L);
        assertThat(Window.of(900, 50).fromEnd()).as("without a count nothing is reversed").isFalse();
    }

    @Test
    void reversingAnOrderKeepsFunctionArgumentsTogether() {
        assertThat(Window.reverse("CONVERT(c.name USING gbk), c.id")).isEqualTo("CONVERT(c.name USING gbk) DESC, c.id DESC");
        assertThat(Window.reverse("x.members + x.volunteers DESC, x.k ASC")).isEqualTo("x.members + x.volunteers ASC, x.k DESC");
    }
}
