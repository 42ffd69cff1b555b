package cn.haitang.console.organization.ui;

import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.organization.CompoundFilter;
import cn.haitang.console.organization.CompoundRow;
import cn.haitang.console.organization.OrganizationService;
import cn.haitang.console.organization.Presence;
import cn.haitang.console.organization.StructureExcel;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * All compounds of the caller's area: a lazy grid filtered and sorted in SQL, exported to Excel with
 * exactly the rows the filters select. A row opens the compound page.
 */
@Route("compounds")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 11, icon = "vaadin:building", title = "nav.compounds")
public class CompoundListView extends Main implements HasDynamicTitle {

    private final OrganizationService service;
    private final RegionService region;
    private final StructureExcel excel;
    final ComboBox<TownRef> town = new ComboBox<>();
    final ComboBox<CommunityRef> community = new ComboBox<>();
    final Select<Presence> entity = new Select<>();
    final Select<Presence> functional = new Select<>();
    final TextField name = new TextField();
    final Grid<CompoundRow> grid = new Grid<>();
    final Span count = new Span();
    Anchor export;
    final PhoneGrid phoneGrid;

    /** A compound as a phone shows it: name, where, households, its two branches. */
    private com.vaadin.flow.component.html.Div card(CompoundRow c) {
        Span title = new Span(c.name());
        title.addClassName("ht-cell-title");
        Span where = new Span(c.townName() + " · " + c.communityName() + " · "
                + getTranslation("compound.households") + " " + c.households());
        where.addClassName("ht-cell-meta");
        Span entityLabel = new Span(getTranslation("list.entityBranch"));
        entityLabel.addClassName("ht-cell-meta");
        Span functionalLabel = new Span(getTranslation("list.functionalBranch"));
        functionalLabel.addClassName("ht-cell-meta");
        com.vaadin.flow.component.html.Div line = new com.vaadin.flow.component.html.Div(entityLabel, badge(c.entityBranch()),
                functionalLabel, badge(c.functionalBranch()));
        line.addClassName("ht-cell-line");
        com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(title, where, line);
        cell.addClassName("ht-cell");
        return cell;
    }

    public CompoundListView(OrganizationService service, RegionService region, StructureExcel excel) {
        this.service = service;
        this.region = region;
        this.excel = excel;
        addClassName("ht-view");

        List<TownRef> towns = region.townsInScope();
        town.setPlaceholder(getTranslation("list.allTowns"));
        town.setItems(towns);
        town.setItemLabelGenerator(TownRef::name);
        town.setClearButtonVisible(true);
        if (towns.size() == 1) {
            town.setValue(towns.getFirst());
            town.setReadOnly(true);
        }
        community.setPlaceholder(getTranslation("list.allCommunities"));
        community.setItemLabelGenerator(CommunityRef::name);
        community.setClearButtonVisible(true);
        loadCommunities();
        town.addValueChangeListener(e -> {
            community.clear();
            loadCommunities();
            refresh();
        });
        community.addValueChangeListener(e -> refresh());
        presence(entity, "list.entityBranch");
        presence(functional, "list.functionalBranch");
        name.setPlaceholder(getTranslation("list.search"));
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addValueChangeListener(e -> refresh());

        grid.addColumn(CompoundRow::name).setHeader(getTranslation("compound.name")).setSortProperty("name")
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(CompoundRow::townName).setHeader(getTranslation("compound.town")).setSortProperty("town")
                .setAutoWidth(true);
        grid.addColumn(CompoundRow::communityName).setHeader(getTranslation("compound.community"))
                .setSortProperty("community").setAutoWidth(true);
        grid.addColumn(c -> c.yearBuilt() == null ? "" : String.valueOf(c.yearBuilt()))
                .setHeader(getTranslation("compound.yearBuilt")).setSortProperty("yearBuilt").setAutoWidth(true);
        grid.addColumn(CompoundRow::households).setHeader(getTranslation("compound.households"))
                .setSortProperty("households").setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.gated() ? "compound.gated.yes" : "compound.gated.no"))
                .setHeader(getTranslation("compound.gated")).setAutoWidth(true);
        grid.addColumn(Badges.renderer(c -> badge(c.entityBranch()))).setHeader(getTranslation("list.entityBranch")).setAutoWidth(true);
        grid.addColumn(Badges.renderer(c -> badge(c.functionalBranch()))).setHeader(getTranslation("list.functionalBranch"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.gridGroups() + " / " + c.microGrids()).setHeader(getTranslation("list.gridGroups")
                + " / " + getTranslation("list.microGrids")).setAutoWidth(true);
        grid.addColumn(CompoundRow::centralHouseholds).setHeader(getTranslation("list.centralHouseholds")).setAutoWidth(true);
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(this::card).setHeader(getTranslation("compound.name")));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("compound/" + e.getItem().id())));
        grid.setSizeFull();

        export = Downloads.excel(getTranslation("list.export"), "compounds-" + LocalDate.now() + ".xlsx",
                out -> excel.exportCompounds(filter(), getLocale(), out));
        Button exportButton = new Button(getTranslation("list.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        exportButton.setTabIndex(-1);
        export.removeAll();
        export.add(exportButton);
        refresh();
        add(new ViewToolbar(getTranslation("nav.compounds"),
                new PhoneFilters(ViewToolbar.group(town, community, entity, functional, name)),
                ViewToolbar.group(count, export)), grid);
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        grid.getStyle().set("flex", "1 1 auto");
    }

    private void presence(Select<Presence> select, String labelKey) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(Presence.values());
        select.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        select.setValue(Presence.ANY);
        select.addValueChangeListener(e -> refresh());
    }

    private void loadCommunities() {
        community.setItems(town.getValue() == null ? List.of() : region.communitiesOf(town.getValue().id()));
        community.setEnabled(town.getValue() != null);
    }

    CompoundFilter filter() {
        return new CompoundFilter(town.getValue() == null ? null : town.getValue().id(),
                community.getValue() == null ? null : community.getValue().id(), entity.getValue(), functional.getValue(),
                name.getValue());
    }

    void refresh() {
        CompoundFilter filter = filter();
        grid.setItems(query -> service.compounds(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> service.countCompounds(filter));
        count.setText(getTranslation("list.count", service.countCompounds(filter)));
    }

    private Span badge(boolean formed) {
        Span badge = new Span(getTranslation(formed ? "presence.WITH" : "presence.WITHOUT"));
        badge.getElement().getThemeList().add(formed ? "badge success" : "badge error");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.compounds") + " · " + getTranslation("app.name");
    }
}
