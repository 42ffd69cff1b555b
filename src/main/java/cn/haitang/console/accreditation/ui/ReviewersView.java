package cn.haitang.console.accreditation.ui;

import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.AccreditationService;
import cn.haitang.console.accreditation.AffiliationRow;
import cn.haitang.console.accreditation.InstitutionChoice;
import cn.haitang.console.accreditation.ReviewerAffiliations;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reviewers and the institutions they belong to: the conflict-of-interest rule keeps a reviewer away
 * from applications of their own town/street and of communities paired with their institutions.
 */
@Route("accreditation/reviewers")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 73, icon = "vaadin:user-check", title = "nav.accreditation.reviewers")
public class ReviewersView extends Main implements HasDynamicTitle {

    private final AccreditationService service;
    final Grid<ReviewerAffiliations> grid = new Grid<>();

    public ReviewersView(AccreditationService service) {
        this.service = service;
        addClassName("ht-view");
        grid.addColumn(ReviewerAffiliations::displayName).setHeader(t("accr.reviewer.name")).setAutoWidth(true);
        grid.addColumn(ReviewerAffiliations::username).setHeader(t("accr.reviewer.username")).setAutoWidth(true);
        grid.addColumn(ReviewerAffiliations::townName).setHeader(t("accr.reviewer.town")).setAutoWidth(true);
        grid.addColumn(r -> r.institutions().isEmpty() ? t("accr.reviewer.noInstitution")
                : r.institutions().stream().map(AffiliationRow::institutionName).collect(Collectors.joining("、")))
                .setHeader(t("accr.reviewer.institutions")).setFlexGrow(1);
        grid.addComponentColumn(r -> {
            Button edit = new Button(t("accr.reviewer.edit"), VaadinIcon.EDIT.create(), e -> openAffiliations(r));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return edit;
        }).setHeader(t("accr.calendar.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("grid.empty"));
        grid.setAllRowsVisible(true);
        refresh();
        add(new ViewToolbar(t("nav.accreditation.reviewers")), new Paragraph(t("accr.reviewer.help")), grid);
    }

    void refresh() {
        grid.setItems(service.reviewerAffiliations());
    }

    AffiliationsDialog openAffiliations(ReviewerAffiliations reviewer) {
        AffiliationsDialog dialog = new AffiliationsDialog(reviewer);
        dialog.open();
        return dialog;
    }

    /** One reviewer's institutions: add one from the registry, remove one after confirming. */
    class AffiliationsDialog extends Dialog {
        final long reviewerId;
        final Grid<AffiliationRow> institutions = new Grid<>();
        final ComboBox<InstitutionChoice> institution = new ComboBox<>();
        final Button add = Ui.primary("accr.reviewer.addInstitution", this::addInstitution);

        AffiliationsDialog(ReviewerAffiliations reviewer) {
            reviewerId = reviewer.reviewerId();
            setHeaderTitle(t("accr.reviewer.dialogTitle", reviewer.displayName()));
            institutions.addColumn(AffiliationRow::institutionName).setHeader(t("accr.reviewer.institution")).setFlexGrow(1);
            institutions.addComponentColumn(a -> Ui.removeButton(() -> confirmRemove(a))).setAutoWidth(true);
            institutions.setEmptyStateText(t("accr.reviewer.noInstitution"));
            institutions.setAllRowsVisible(true);
            institutions.setItems(reviewer.institutions());
            institution.setLabel(t("accr.reviewer.institution"));
            institution.setItems(service.institutionChoices());
            institution.setItemLabelGenerator(InstitutionChoice::name);
            institution.setPlaceholder(t("accr.reviewer.pickInstitution"));
            institution.setWidth("24rem");
            HorizontalLayout adding = new HorizontalLayout(institution, add);
            adding.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(institutions, adding);
            setWidth("36rem");
            getFooter().add(Ui.button("action.close", this::close));
            institution.focus();
        }

        void addInstitution() {
            RuleViolations.clear(Map.of("institutionId", institution));
            try {
                AffiliationRow added = service.addAffiliation(reviewerId, institution.getValue() == null ? null
                        : institution.getValue().id());
                Notifications.success(t("accr.reviewer.added", added.institutionName()));
                institution.clear();
                reload();
            } catch (RuleViolationException e) {
                RuleViolations.show(e, Map.of("institutionId", institution));
            }
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
