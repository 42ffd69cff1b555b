package cn.haitang.console.organization.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.audit.AuditEntry;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.organization.OrganizationService;
import cn.haitang.console.region.CompoundPageTab;
import cn.haitang.console.region.CompoundRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** The compound page's history tab: every recorded change of the compound and of its structure. */
@org.springframework.stereotype.Component
class HistoryTab implements CompoundPageTab {

    private final OrganizationService service;

    HistoryTab(OrganizationService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String titleKey() {
        return "tab.history";
    }

    @Override
    public Component create(CompoundRef compound) {
        UI ui = UI.getCurrent();
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader(ui.getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getUsername).setHeader(ui.getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(e -> ui.getTranslation("audit.action." + e.getAction().name())).setHeader(ui.getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> ui.getTranslation("entity." + e.getEntityType()) + " #" + e.getEntityId())
                .setHeader(ui.getTranslation("audit.entityType")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getSummary).setHeader(ui.getTranslation("audit.summary")).setFlexGrow(1);
        PhoneGrid.cards(grid, grid.addComponentColumn(e -> PhoneGrid.card(
                ui.getTranslation("audit.action." + e.getAction().name()) + " · "
                        + ui.getTranslation("entity." + e.getEntityType()) + " #" + e.getEntityId(),
                Formats.dateTime(e.getOccurredAt()) + " · " + e.getUsername(), e.getSummary()))
                .setHeader(ui.getTranslation("audit.summary")));
        grid.setItems(service.historyOfCompound(compound.id(), 200));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(ui.getTranslation("history.empty"));
        grid.setHeight("480px");
        return grid;
    }
}
