package cn.haitang.console.accreditation.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.AffiliationRow;
import cn.haitang.console.accreditation.InstitutionChoice;
import cn.haitang.console.accreditation.ReviewerAffiliationService;
import cn.haitang.console.accreditation.ReviewerAffiliations;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * The reviewers and the institutions they belong to: the conflict-of-interest rule keeps a reviewer away
 * from applications of their own town/street and of communities paired with their institutions.
 */
@Route("accreditation/reviewers")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 88, icon = "vaadin:user-check", title = "nav.accreditation.reviewers")
class ReviewersView extends Main implements HasDynamicTitle {

    private final ReviewerAffiliationService service;
    final Grid<ReviewerAffiliations> grid = new Grid<>();

    ReviewersView(ReviewerAffiliationService service) {
        this.service = service;
        addClassName("ht-view");
        grid.addColumn(ReviewerAffiliations::displayName).setHeader(t("accr.reviewer.name")).setAutoWidth(true);
        grid.addColumn(ReviewerAffiliations::username).setHeader(t("accr.reviewer.username")).setAutoWidth(true);
        grid.addColumn(ReviewerAffiliations::townName).setHeader(t("accr.reviewer.town")).setAutoWidth(true);
        grid.addColumn(r -> r.institutions().isEmpty() ? t("accr.reviewer.noInstitution")
                : r.institutions().stream().map(AffiliationRow::institutionName).collect(Collectors.joining("、")))
                .setHeader(t("accr.reviewer.institutions")).setFlexGrow(1);
        grid.addComponentColumn(this::editButton).setHeader(t("accr.calendar.actions")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(r -> PhoneGrid.card(r.displayName(),
                new Object[] {r.username(), r.townName()},
                new Object[] {t("accr.reviewer.institutions") + "：" + (r.institutions().isEmpty() ? t("accr.reviewer.noInstitution")
                        : r.institutions().stream().map(AffiliationRow::institutionName).collect(Collectors.joining("、")))},
                editButton(r))).setHeader(t("accr.reviewer.name")));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("grid.empty"));
        grid.setAllRowsVisible(true);
        refresh();
        add(new ViewToolbar(t("nav.accreditation.reviewers")), new Paragraph(t("accr.reviewer.help")), grid);
    }

    private Button editButton(ReviewerAffiliations r) {
        Button edit = new Button(t("accr.reviewer.edit"), VaadinIcon.EDIT.create(), e -> openAffiliations(r));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return edit;
    }

    void refresh() {
        grid.setItems(service.reviewerAffiliations());
    }

    AffiliationsDialog openAffiliations(ReviewerAffiliations reviewer) {
        AffiliationsDialog dialog = new AffiliationsDialog(reviewer);
        dialog.open();
        return dialog;
    }

    /** One reviewer's institutions: add one from the registry (several in a row), remove one after confirming. */
    class AffiliationsDialog extends FormDialog {
        final long reviewerId;
        final Grid<AffiliationRow> institutions = new Grid<>();
        final ComboBox<InstitutionChoice> institution;
        final Button add = saveButton();

        AffiliationsDialog(ReviewerAffiliations reviewer) {
            super(t("accr.reviewer.dialogTitle", reviewer.displayName()));
            reviewerId = reviewer.reviewerId();
            institutions.addColumn(AffiliationRow::institutionName).setHeader(t("accr.reviewer.institution")).setFlexGrow(1);
            institutions.addComponentColumn(a -> Ui.removeButton(() -> confirmRemove(a))).setAutoWidth(true);
            institutions.setEmptyStateText(t("accr.reviewer.noInstitution"));
            institutions.setAllRowsVisible(true);
            institutions.setItems(reviewer.institutions());
            form().add(institutions);
            form().setColspan(institutions, 2);
            // the service says what is missing ("choose an institution"), so the field is not marked required here
            institution = combo("institutionId", "accr.reviewer.institution", service.institutionChoices(),
                    InstitutionChoice::name, Need.OPTIONAL);
            institution.setPlaceholder(t("accr.reviewer.pickInstitution"));
            form().setColspan(institution, 2);
            add.setText(t("accr.reviewer.addInstitution"));
            cancelButton().setText(t("action.close"));
            setWidth("36rem");
            stayOpenAfterSave().onSave(() -> {
                AffiliationRow added = service.addAffiliation(reviewerId, institution.getValue() == null ? null
                        : institution.getValue().id());
                return t("accr.reviewer.added", added.institutionName());
            }, () -> {
                institution.clear();
                reload();
            });
            institution.focus();
        }

        void confirmRemove(AffiliationRow affiliation) {
            Confirm.ask(t("accr.calendar.remove"), t("accr.reviewer.removeConfirm", affiliation.institutionName()),
                    t("accr.calendar.remove"), () -> {
                        if (Ui.attempt(() -> service.removeAffiliation(affiliation.id(), affiliation.version()))) {
                            Notifications.success(t("accr.reviewer.removed", affiliation.institutionName()));
                        }
                        reload();
                    });
        }

        private void reload() {
            refresh();
            service.reviewerAffiliations().stream().filter(r -> r.reviewerId() == reviewerId).findFirst()
                    .ifPresent(r -> institutions.setItems(r.institutions()));
        }
    }

    @Override
    public String getPageTitle() {
        return t("nav.accreditation.reviewers") + " · " + t("app.name");
    }
}
