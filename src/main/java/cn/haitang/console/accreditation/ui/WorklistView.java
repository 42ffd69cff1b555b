package cn.haitang.console.accreditation.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.ScoringService;
import cn.haitang.console.accreditation.WorkItem;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** A reviewer's assignments with deadlines; open ones first. */
@Route("accreditation/reviews")
@RolesAllowed(Role.Names.REVIEWER)
@Menu(order = 83, icon = "vaadin:clipboard-check", title = "nav.accreditation.worklist")
class WorklistView extends Main implements HasDynamicTitle {

    final Grid<WorkItem> grid = new Grid<>();

    WorklistView(ScoringService service) {
        addClassName("ht-view");
        grid.addColumn(WorkItem::compoundName).setHeader(t("accr.app.compound")).setAutoWidth(true);
        grid.addColumn(WorkItem::townName).setHeader(t("accr.app.town")).setAutoWidth(true);
        grid.addColumn(w -> t(w.level().messageKey())).setHeader(t("accr.round.level")).setAutoWidth(true);
        grid.addColumn(WorkItem::roundTitle).setHeader(t("accr.app.round")).setFlexGrow(1);
        grid.addComponentColumn(this::deadline).setHeader(t("accr.review.deadline")).setAutoWidth(true);
        grid.addComponentColumn(w -> Ui.assignmentBadge(w.state()))
                .setHeader(t("accr.app.state")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(w -> PhoneGrid.card(w.compoundName(),
                new Object[] {Ui.assignmentBadge(w.state()), t(w.level().messageKey()), w.townName()},
                w.roundTitle(), new Object[] {t("accr.review.deadline"), deadline(w)}))
                .setHeader(t("accr.app.compound")));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("accr.worklist.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ScoringView.class, e.getItem().assignmentId()));
        grid.setItems(query -> service.worklist(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) service.worklistCount());
        grid.setSizeFull();
        add(new ViewToolbar(t("nav.accreditation.worklist")), grid);
    }

    private Span deadline(WorkItem w) {
        Span deadline = new Span(Formats.date(w.deadline()));
        if (w.overdue()) {
            deadline.setText(t("accr.worklist.overdue", Formats.date(w.deadline())));
            deadline.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return deadline;
    }

    @Override
    public String getPageTitle() {
        return t("nav.accreditation.worklist") + " · " + t("app.name");
    }
}
