package cn.haitang.console.accreditation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.accreditation.CalendarDayKind;
import cn.haitang.console.accreditation.CalendarDayRow;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/** The work calendar view: the year's days, adding with errors at the field, removing after a confirmation. */
@Transactional
class CalendarKaribuTest extends KaribuTest {

    private static List<CalendarDayRow> rows(CalendarView view) {
        return GridKt._findAll(view.grid);
    }

    @Test
    void anAdminAddsADayAndRemovesItAfterConfirming() {
        openAs("admin");
        UI.getCurrent().navigate(CalendarView.class);
        CalendarView view = _get(CalendarView.class);
        assertThat(view.year.getValue()).isEqualTo(2026);
        assertThat(rows(view)).hasSize(13);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("2026-01-01", "星期四", "元旦");

        view.year.setValue(2027);
        assertThat(rows(view)).isEmpty();
        CalendarView.AddDialog dialog = view.openAdd();
        dialog.day.setValue(LocalDate.of(2027, 1, 4));
        dialog.kind.setValue(CalendarDayKind.WORKDAY);
        dialog.name.setValue("调休上班");
        dialog.save.click();
        // a Monday is a working day already: the error stands at the kind, and what was typed stays
        assertThat(dialog.kind.isInvalid()).isTrue();
        assertThat(dialog.kind.getErrorMessage()).contains("只有周末可以设为调休上班");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getValue()).isEqualTo("调休上班");

        dialog.day.setValue(LocalDate.of(2027, 1, 2));
        dialog.save.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(view)).singleElement().satisfies(d -> {
            assertThat(d.day()).isEqualTo(LocalDate.of(2027, 1, 2));
            assertThat(d.kind()).isEqualTo(CalendarDayKind.WORKDAY);
        });

        CalendarView.AddDialog again = view.openAdd();
        again.day.setValue(LocalDate.of(2027, 1, 2));
        again.name.setValue("重复");
        again.save.click();
        assertThat(again.day.isInvalid()).isTrue();
        assertThat(again.day.getErrorMessage()).contains("已经录入");
        again.close();

        view.confirmRemove(rows(view).getFirst());
        ConfirmDialog confirm = _find(ConfirmDialog.class).getLast();
        ConfirmDialogKt._fireConfirm(confirm);
        confirm.close();
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void coordinatorsAndReviewersCannotOpenIt() {
        for (String user : List.of("yushan", "reviewer1")) {
            openAs(user);
            UI.getCurrent().navigate(CalendarView.class);
            assertThat(_find(CalendarView.class)).isEmpty();
        }
    }
}
