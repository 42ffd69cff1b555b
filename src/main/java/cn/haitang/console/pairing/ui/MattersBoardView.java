package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.ui.LazyGrids;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.pairing.BoardFigures;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.pairing.MatterFilter;
import cn.haitang.console.pairing.MatterRow;
import cn.haitang.console.pairing.MatterState;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.pairing.MedianRow;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PlacesService;
import cn.haitang.console.region.CommunityRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** 海棠有约·共商共办: open matters to claim, an institution's claims, a community's matters; figures and export. */
@Route("pairing/matters")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 45, icon = "vaadin:clipboard-check", title = "nav.pairing.matters")
class MattersBoardView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final MattersService matters;
    private final InstitutionService institutions;
    private final PlacesService places;
    private final Clock clock;
    private final AreaFilter areas;
    final Tab openTab = new Tab();
    final Tab institutionTab = new Tab();
    final Tab communityTab = new Tab();
    final Tab allTab = new Tab();
    final Tabs tabs;
    final ComboBox<Named> institution = new ComboBox<>();
    final ComboBox<CommunityRef> community = new ComboBox<>();
    final Select<MatterCategory> category = new Select<>();
    final Select<MatterState> state = new Select<>();
    final TextField search = new TextField();
    final Grid<MatterRow> grid;
    final Div figures = new Div();
    final Button create = new Button();
    final Button statistics = new Button();
    final PhoneGrid phoneGrid;
    final PhoneFilters filters;

    MattersBoardView(MattersService matters, InstitutionService institutions, PlacesService places, AreaDirectory directory,
                     Clock clock) {
        this.matters = matters;
        this.institutions = institutions;
        this.places = places;
        this.clock = clock;
        addClassName("ht-view");
        openTab.setLabel(getTranslation("pairing.matters.tab.open"));
        institutionTab.setLabel(getTranslation("pairing.matters.tab.institution"));
        communityTab.setLabel(getTranslation("pairing.matters.tab.community"));
        allTab.setLabel(getTranslation("pairing.matters.tab.all"));
        tabs = new Tabs(openTab, institutionTab, communityTab, allTab);
        tabs.addSelectedChangeListener(e -> adaptToTab());
        areas = new AreaFilter(directory, AreaFilter.Depth.TOWN, this::refresh);
        institution.setLabel(getTranslation("pairing.institution"));
        institution.setItems(institutions.institutionOptions());
        institution.setItemLabelGenerator(Named::name);
        institution.addValueChangeListener(e -> refresh());
        community.setLabel(getTranslation("pairing.community"));
        community.setItems(places.communitiesInScope());
        community.setItemLabelGenerator(c -> c.townName() + " · " + c.name());
        community.addValueChangeListener(e -> refresh());
        PairingUi.anyOf(category, this, "pairing.matter.category", "pairing.allCategories", List.of(MatterCategory.values()),
                c -> getTranslation(c.messageKey()), this::refresh);
        PairingUi.anyOf(state, this, "pairing.matter.state", "pairing.allStates", List.of(MatterState.values()),
                s -> getTranslation(s.messageKey()), this::refresh);
        search.setLabel(getTranslation("pairing.matter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("pairing.matter.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new MatterFormDialog(matters, places, null, LocalDate.now(clock), this::refresh).open());
        statistics.setText(getTranslation("pairing.board.figures"));
        statistics.setIcon(VaadinIcon.BAR_CHART.create());
        statistics.addClickListener(e -> openStatistics());

        grid = PairingUi.grid(this);
        grid.addColumn(MatterRow::title).setHeader(getTranslation("pairing.matter.title")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation(m.category().messageKey())).setHeader(getTranslation("pairing.matter.category")).setAutoWidth(true);
        grid.addColumn(MatterRow::townName).setHeader(getTranslation("pairing.town")).setAutoWidth(true);
        grid.addColumn(m -> m.communityName() + (m.compoundName() == null ? "" : " · " + m.compoundName()))
                .setHeader(getTranslation("pairing.community")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.source().messageKey())).setHeader(getTranslation("pairing.matter.source")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.raisedOn())).setHeader(getTranslation("pairing.matter.raisedOn")).setAutoWidth(true);
        grid.addColumn(Badges.renderer(m -> PairingUi.stateBadge(this, m.state())))
                .setHeader(getTranslation("pairing.matter.state")).setAutoWidth(true);
        grid.addColumn(m -> m.claimants() == null ? "" : m.claimants()).setHeader(getTranslation("pairing.matter.claimants"))
                .setFlexGrow(2);
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(this::card).setHeader(getTranslation("pairing.matter.title")));
        grid.addItemClickListener(e -> openMatter(e.getItem()));
        figures.addClassName("ht-pairing-figures");
        figures.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap")
                .set("padding", "0 var(--lumo-space-m)");
        figures.setId("board-figures");
        adaptToTab();
        filters = new PhoneFilters(ViewToolbar.group(areas.townField(), institution, community, category, state, search));
        add(new ViewToolbar(getTranslation("nav.pairing.matters"), filters, ViewToolbar.group(PairingUi.export(this,
                "matters", clock, (out, locale) -> matters.export(filter(), out, locale)), statistics, create)),
                figures, tabs, grid);
    }

    void adaptToTab() {
        Tab tab = tabs.getSelectedTab();
        institution.setVisible(tab == institutionTab);
        community.setVisible(tab == communityTab);
        state.setVisible(tab != openTab);
        if (tab == institutionTab && institution.getValue() == null) {
            institution.getListDataView().getItems().findFirst().ifPresent(institution::setValue);
        }
        if (tab == communityTab && community.getValue() == null) {
            community.getListDataView().getItems().findFirst().ifPresent(community::setValue);
        }
        refresh();
    }

    MatterFilter filter() {
        Tab tab = tabs.getSelectedTab();
        return new MatterFilter(areas.townId(),
                tab == communityTab && community.getValue() != null ? community.getValue().id() : null, category.getValue(),
                tab == openTab ? null : state.getValue(),
                tab == institutionTab && institution.getValue() != null ? institution.getValue().id() : null,
                tab == openTab, search.getValue());
    }

    void refresh() {
        MatterFilter filter = filter();
        LazyGrids.bind(grid, window -> matters.list(filter, window), () -> matters.count(filter));
        BoardFigures f = matters.figures(areas.townId());
        DecimalFormat days = new DecimalFormat("0.#");
        figures.removeAll();
        figures.add(figure("pairing.board.published", f.published()), figure("pairing.board.claimed", f.claimed()),
                figure("pairing.board.resolved", f.resolved()), figure("pairing.board.reopened", f.reopened()),
                figure("pairing.board.open", f.open()),
                figure("pairing.board.medianClaim", f.medianDaysToClaim() == null ? "—" : days.format(f.medianDaysToClaim())),
                figure("pairing.board.medianClose", f.medianDaysToClose() == null ? "—" : days.format(f.medianDaysToClose())));
    }

    private Span figure(String key, Object value) {
        return Badges.badge(getTranslation("pairing.board.figure", getTranslation(key), value), Badges.Tone.CONTRAST);
    }

    Dialog openStatistics() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("pairing.board.figures"));
        dialog.setWidth("min(900px, 96vw)");
        Long townId = areas.townId();
        DecimalFormat days = new DecimalFormat("0.#");
        Grid<MedianRow> byCategory = medianGrid(days, true);
        byCategory.setItems(matters.mediansByCategory(townId));
        Grid<MedianRow> byTown = medianGrid(days, false);
        byTown.setItems(matters.mediansByTown());
        dialog.add(new H4(getTranslation("pairing.board.byCategory")), byCategory, new H4(getTranslation("pairing.board.byTown")),
                byTown);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }

    private Grid<MedianRow> medianGrid(DecimalFormat days, boolean categories) {
        Grid<MedianRow> g = PairingUi.grid(this);
        g.addColumn(r -> categories ? getTranslation(MatterCategory.valueOf(r.key()).messageKey()) : r.key())
                .setHeader(getTranslation(categories ? "pairing.matter.category" : "pairing.town")).setFlexGrow(2);
        g.addColumn(MedianRow::matters).setHeader(getTranslation("pairing.board.matters"));
        g.addColumn(r -> r.medianDaysToClaim() == null ? "—" : days.format(r.medianDaysToClaim()))
                .setHeader(getTranslation("pairing.board.medianClaim"));
        g.addColumn(r -> r.medianDaysToClose() == null ? "—" : days.format(r.medianDaysToClose()))
                .setHeader(getTranslation("pairing.board.medianClose"));
        g.setHeight(null);
        g.setAllRowsVisible(true);
        return g;
    }

    /** A matter as a phone shows it: title, state and category, where, when raised, who claimed it. */
    private Div card(MatterRow m) {
        Span title = new Span(m.title());
        title.addClassName("ht-cell-title");
        Span category = new Span(getTranslation(m.category().messageKey()));
        category.addClassName("ht-cell-meta");
        Div line = new Div(PairingUi.stateBadge(this, m.state()), category);
        line.addClassName("ht-cell-line");
        Span where = new Span(m.townName() + " · " + m.communityName() + (m.compoundName() == null ? "" : " · " + m.compoundName()));
        where.addClassName("ht-cell-meta");
        Span when = new Span(Formats.date(m.raisedOn()) + (m.claimants() == null ? "" : " · " + m.claimants()));
        when.addClassName("ht-cell-meta");
        Div cell = new Div(title, line, where, when);
        cell.addClassName("ht-cell");
        return cell;
    }

    MatterDialog openMatter(MatterRow row) {
        return openMatter(row.id());
    }

    MatterDialog openMatter(long id) {
        MatterDialog dialog = new MatterDialog(matters, institutions, places, id, LocalDate.now(clock), this::refresh);
        dialog.open();
        return dialog;
    }

    /** {@code ?matter=ID} (a search hit, a link from elsewhere) opens that record, if the caller may see it. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("matter").ifPresent(value -> {
            try {
                long id = Long.parseLong(value);
                matters.detail(id);
                MatterDialog dialog = new MatterDialog(matters, institutions, places, id, LocalDate.now(clock), this::refresh);
                dialog.open();
            } catch (NumberFormatException e) {
                cn.haitang.console.base.ui.Notifications.warning(getTranslation("error.notFound"));
            } catch (cn.haitang.console.base.RuleViolationException e) {
                cn.haitang.console.base.ui.Notifications.warning(cn.haitang.console.base.ui.RuleViolations.message(e));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairing.matters") + " · " + getTranslation("app.name");
    }
}
