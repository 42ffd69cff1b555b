package cn.haitang.console.accreditation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.accreditation.AffiliationRow;
import cn.haitang.console.accreditation.InstitutionChoice;
import cn.haitang.console.accreditation.ReviewerAffiliations;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/** The reviewers' institutions: listed per reviewer, added with the error at the field, removed after confirming. */
@Transactional
class ReviewersKaribuTest extends KaribuTest {

    private static ReviewerAffiliations row(ReviewersView view, String username) {
        return GridKt._findAll(view.grid).stream().filter(r -> r.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void anAdminAddsAnInstitutionToAReviewerAndRemovesIt() {
        openAs("admin");
        UI.getCurrent().navigate(ReviewersView.class);
        ReviewersView view = _get(ReviewersView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(5);
        int reviewer4 = GridKt._findAll(view.grid).indexOf(row(view, "reviewer4"));
        assertThat(GridKt._getFormattedRow(view.grid, reviewer4)).contains("未登记所属单位");

        ReviewersView.AffiliationsDialog dialog = view.openAffiliations(row(view, "reviewer4"));
        dialog.add.click();
        assertThat(dialog.institution.isInvalid()).isTrue();
        assertThat(dialog.institution.getErrorMessage()).isEqualTo("请选择单位");

        InstitutionChoice choice = dialog.institution.getListDataView().getItems().findFirst().orElseThrow();
        dialog.institution.setValue(choice);
        dialog.add.click();
        assertThat(dialog.institution.isInvalid()).isFalse();
        assertThat(GridKt._findAll(dialog.institutions)).extracting(AffiliationRow::institutionName)
                .containsExactly(choice.name());
        assertThat(GridKt._getFormattedRow(view.grid, reviewer4)).contains(choice.name());

        dialog.institution.setValue(choice);
        dialog.add.click();
        assertThat(dialog.institution.getErrorMessage()).contains("已登记为");

        dialog.confirmRemove(GridKt._findAll(dialog.institutions).getFirst());
        ConfirmDialog confirm = _find(ConfirmDialog.class).getLast();
        ConfirmDialogKt._fireConfirm(confirm);
        confirm.close();
        assertThat(GridKt._findAll(dialog.institutions)).isEmpty();
        assertThat(row(view, "reviewer4").institutions()).isEmpty();
    }

    @Test
    void coordinatorsAndReviewersCannotOpenIt() {
        for (String user : List.of("yushan", "reviewer3")) {
            openAs(user);
            UI.getCurrent().navigate(ReviewersView.class);
            assertThat(_find(ReviewersView.class)).isEmpty();
        }
    }
}
