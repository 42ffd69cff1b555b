package cn.haitang.console.dashboard.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.accreditation.Level;
import cn.haitang.console.accreditation.WorkItem;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.dashboard.AreaLine;
import cn.haitang.console.dashboard.CityAverage;
import cn.haitang.console.dashboard.Dashboard;
import cn.haitang.console.dashboard.DashboardFigures;
import cn.haitang.console.dashboard.DashboardService;
import cn.haitang.console.dashboard.Rate;
import cn.haitang.console.inbox.InboxService;
import cn.haitang.console.inbox.ui.InboxPanel;
import cn.haitang.console.pairing.PairingFigures;
import cn.haitang.console.security.AppUser;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.TownRef;
import cn.haitang.console.security.UserAccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * The home view: the city's figures at a glance (cards, ECharts charts, the breakdown by town/street),
 * drill-down to one town/street, "as of" a past month, and the monthly report. A coordinator gets the
 * same view narrowed to their town/street with the city average beside each rate; a reviewer gets
 * their open review assignments instead.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:dashboard", title = "dashboard.nav")
@StyleSheet("context://haitang/dashboard.css")
public class DashboardView extends Main implements HasDynamicTitle {

    private final DashboardService dashboard;
    private final AppUser user;
    /** What waits for the caller, first thing on the page. */
    final InboxPanel inbox;
    static final int HOME_INBOX_ITEMS = 6;

    final Select<TownRef> town = new Select<>();
    final Select<YearMonth> asOf = new Select<>();
    final Div cards = new Div();
    final Span breadcrumb = new Span();
    final Button backToCity = new Button();
    final Paragraph asOfNote = new Paragraph();
    final DashboardCharts charts = new DashboardCharts(this::drillByChart);
    final Grid<AreaLine> areas = new Grid<>();
    final Grid<WorkItem> worklist = new Grid<>();
    /** The features' own sections (service circle, funds, deliberation, …), below the built-in figures. */
    final Div sections = new Div();
    @Nullable Anchor export;

    private @Nullable Long drilledTown;
    private @Nullable Dashboard current;
    /** Whether the sections below the fold still wait for the browser's request after the first render. */
    boolean sectionsDue;

    public DashboardView(CurrentUser currentUser, UserAccountService users, DashboardService dashboard,
                         InboxService inboxService) {
        this.dashboard = dashboard;
        this.inbox = new InboxPanel(inboxService, HOME_INBOX_ITEMS);
        this.user = currentUser.require();
        addClassName("ht-view");
        addClassName("ht-dashboard");
        String area = users.callerTown().map(TownRef::name)
                .orElse(getTranslation(user.role() == Role.CITY_ADMIN ? "scope.city" : "scope.none"));
        H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.addClassName("ht-greeting");
        Paragraph who = new Paragraph(getTranslation("home.who", getTranslation(user.role().messageKey()), area));
        who.addClassName("ht-home-who");
        who.setId("home-area");
        if (user.role() == Role.REVIEWER) {
            add(new ViewToolbar(getTranslation("dashboard.title")), greeting, who, inbox, reviewerWorklist());
            return;
        }
        // the filters' choices and the first figures in one round of queries (one transaction)
        DashboardService.Opening opening = dashboard.opening();
        add(new ViewToolbar(getTranslation("dashboard.title"), ViewToolbar.group(filters(opening))), greeting, who, inbox);
        breadcrumb.addClassName("ht-dash-crumb");
        breadcrumb.setId("dashboard-area");
        backToCity.setText(getTranslation("dashboard.backToCity"));
        backToCity.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        backToCity.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        backToCity.addClickListener(e -> drill(null));
        Div crumbs = new Div(breadcrumb, backToCity);
        crumbs.addClassName("ht-dash-crumbs");
        asOfNote.addClassName("ht-dash-note");
        cards.addClassName("ht-dash-cards");
        sections.addClassName("ht-dash-sections");
        sections.setId("dashboard-sections");
        // the sections are below the fold: the browser asks for them once it has shown the cards and charts,
        // so their queries run in a round trip of their own, after the first render
        sections.getElement().addEventListener(SECTIONS_EVENT, e -> renderSections());
        add(crumbs, asOfNote, cards, charts, breakdown(), sections);
        show(opening.dashboard());
    }

    private Component[] filters(DashboardService.Opening opening) {
        List<Component> filters = new ArrayList<>();
        if (user.role() == Role.CITY_ADMIN) {
            town.setItems(opening.towns());
            town.setEmptySelectionAllowed(true);
            town.setEmptySelectionCaption(getTranslation("dashboard.city"));
            town.setItemLabelGenerator(t -> t == null ? getTranslation("dashboard.city") : t.name());
            town.setAriaLabel(getTranslation("dashboard.town"));
            town.setTooltipText(getTranslation("dashboard.town"));
            town.addValueChangeListener(e -> {
                if (e.isFromClient() || !java.util.Objects.equals(idOf(e.getValue()), drilledTown)) {
                    drill(idOf(e.getValue()));
                }
            });
            filters.add(town);
        }
        asOf.setItems(opening.snapshotMonths());
        asOf.setEmptySelectionAllowed(true);
        asOf.setEmptySelectionCaption(getTranslation("dashboard.asOf.current"));
        asOf.setItemLabelGenerator(m -> m == null ? getTranslation("dashboard.asOf.current")
                : getTranslation("dashboard.asOf.month", m.getYear(), m.getMonthValue()));
        asOf.setAriaLabel(getTranslation("dashboard.asOf"));
        asOf.setTooltipText(getTranslation("dashboard.asOf"));
        asOf.addValueChangeListener(e -> refresh());
        filters.add(asOf);
        DownloadHandler handler = event -> {
            YearMonth month = asOf.getValue() == null ? YearMonth.now(Formats.ZONE) : asOf.getValue();
            event.setFileName(getTranslation("dashboard.report.file", month.toString()) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                writeReport(out);
            }
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.getElement().setAttribute("download", true);
        anchor.setId("dashboard-export");
        Button button = new Button(getTranslation("dashboard.export"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        anchor.add(button);
        export = anchor;
        filters.add(anchor);
        return filters.toArray(Component[]::new);
    }

    /** Writes the monthly report of what the view shows now (area and month). */
    void writeReport(OutputStream out) throws IOException {
        dashboard.writeMonthlyReport(asOf.getValue(), drilledTown, out, getLocale());
    }

    private @Nullable Long idOf(@Nullable TownRef ref) {
        return ref == null ? null : ref.id();
    }

    /** Narrows every figure to one town/street (null: back to the whole city). Admins only. */
    void drill(@Nullable Long townId) {
        if (user.role() != Role.CITY_ADMIN) {
            return;
        }
        drilledTown = townId;
        TownRef selected = townId == null ? null
                : town.getListDataView().getItems().filter(t -> t.id() == townId).findFirst().orElse(null);
        if (!java.util.Objects.equals(idOf(town.getValue()), townId)) {
            town.setValue(selected);
        }
        refresh();
    }

    void refresh() {
        show(dashboard.load(asOf.getValue(), drilledTown));
    }

    private void show(Dashboard loaded) {
        current = loaded;
        DashboardFigures f = current.figures();
        boolean cityLevel = f.townId() == null;
        breadcrumb.setText(cityLevel ? getTranslation("dashboard.city")
                : user.role() == Role.CITY_ADMIN ? getTranslation("dashboard.crumb", f.areaName()) : f.areaName());
        backToCity.setVisible(!cityLevel && user.role() == Role.CITY_ADMIN);
        asOfNote.setText(f.asOf() == null ? getTranslation("dashboard.note.current")
                : getTranslation("dashboard.note.asOf", f.asOf().getYear(), f.asOf().getMonthValue()));
        asOfNote.getElement().setAttribute("data-as-of", f.asOf() == null ? "" : f.asOf().toString());
        renderCards(f);
        charts.show(current);
        areas.setItems(current.areas());
        areas.getColumnByKey("name").setHeader(getTranslation(cityLevel ? "dashboard.town" : "dashboard.community"));
        sections.removeAll();
        sectionsDue = true;
        sections.getElement().executeJs("const el = this; setTimeout(() => el.dispatchEvent(new CustomEvent($0)))",
                SECTIONS_EVENT);
    }

    /** The DOM event by which the browser asks for the sections after the first render. */
    static final String SECTIONS_EVENT = "ht-sections-due";

    /**
     * The features' sections for what the view shows now (area and month), once per refresh: a late or repeated
     * request renders the current filters' figures, never an earlier one's.
     */
    void renderSections() {
        if (!sectionsDue || current == null) {
            return;
        }
        sectionsDue = false;
        new FeatureSections(this).render(sections, dashboard.sections(asOf.getValue(), drilledTown, getLocale()),
                current.figures().townId() == null);
    }

    /** A panel of the home page: a head with its title (and whatever goes beside it), then the content. */
    static Div panelTitled(String titleText, Component content, Component... besideTitle) {
        Span title = new Span(titleText);
        title.addClassName("ht-dash-panel-title");
        Div head = new Div(title);
        head.add(besideTitle);
        head.addClassName("ht-dash-panel-head");
        Div panel = new Div(head, content);
        panel.addClassName("ht-dash-panel");
        return panel;
    }

    // ---- cards ----------------------------------------------------------------------------------------

    private void renderCards(DashboardFigures f) {
        cards.removeAll();
        CityAverage city = f.city();
        PairingFigures p = f.pairing();
        Div structure = group("dashboard.group.structure",
                card("compounds", "dashboard.card.compounds", number(f.compounds()),
                        getTranslation("dashboard.card.compounds.detail", number(f.centralHouseholds()),
                                number(f.linkedHouseholds())), null, null),
                rateCard("entity", "dashboard.card.entity", f.entityBranches(), city == null ? null : city.entityBranches(),
                        () -> gaps("ENTITY_BRANCH", f.townId())),
                rateCard("functional", "dashboard.card.functional", f.functionalBranches(),
                        city == null ? null : city.functionalBranches(), () -> gaps("FUNCTIONAL_BRANCH", f.townId())),
                rateCard("committee", "dashboard.card.committee", f.committees(), city == null ? null : city.committees(),
                        () -> UI.getCurrent().navigate("governance/formation")),
                rateCard("grid", "dashboard.card.grid", f.gridCoverage(), city == null ? null : city.gridCoverage(),
                        () -> gaps("GRID_COVERAGE", f.townId())));
        Div pairing = group("dashboard.group.pairing",
                card("institutions", "dashboard.card.institutions",
                        getTranslation("dashboard.card.institutions.value", number(p.institutionsPaired()),
                                number(p.institutions())),
                        getTranslation(p.institutions() > 0 && p.institutionsPaired() == p.institutions()
                                ? "dashboard.card.institutions.all" : "dashboard.card.institutions.some",
                                number(p.communitiesPaired()), number(p.communities())), null, null),
                card("activities", f.asOf() == null ? "dashboard.card.activities" : "dashboard.card.activitiesOfMonth",
                        number(p.activitiesThisMonth()),
                        getTranslation("dashboard.card.activities.detail", number(p.serviceDaysHeld()),
                                number(p.serviceDaysDue())), null, null),
                card("members", "dashboard.card.members", number(p.members()), getTranslation("dashboard.card.reported"),
                        null, null),
                card("volunteers", "dashboard.card.volunteers", number(p.volunteers()),
                        getTranslation("dashboard.card.reported"), null, null),
                card("matters", "dashboard.card.matters", number(p.mattersResolved()),
                        getTranslation("dashboard.card.matters.detail", number(p.mattersPublished()),
                                number(p.mattersOpen()), p.medianDaysToClose() == null ? "—"
                                        : new BigDecimal(p.medianDaysToClose()).stripTrailingZeros().toPlainString()),
                        null, null));
        Div sites = group("dashboard.group.sites",
                card("sites", "dashboard.card.sites",
                        getTranslation("dashboard.card.sites.value", f.sites(Level.PROVINCIAL), f.sites(Level.SUZHOU),
                                f.sites(Level.CITY)),
                        getTranslation("dashboard.card.sites.detail", f.sitesTotal()), null, null),
                card("sitesDue", "dashboard.card.sitesDue", number(f.sitesDueForReview()),
                        getTranslation("dashboard.card.sitesDue.detail"), null, null));
        cards.add(structure, pairing, sites);
    }

    private Div group(String titleKey, Div... content) {
        H3 title = new H3(getTranslation(titleKey));
        title.addClassName("ht-dash-group-title");
        Div row = new Div(content);
        row.addClassName("ht-dash-row");
        Div group = new Div(title, row);
        group.addClassName("ht-dash-group");
        return group;
    }

    private Div rateCard(String id, String labelKey, Rate rate, @Nullable Rate city, Runnable openGaps) {
        String compare = city == null ? null : getTranslation("dashboard.card.cityAverage", percent(city));
        Div card = card(id, labelKey, percent(rate), getTranslation("dashboard.card.rate.detail",
                number(rate.numerator()), number(rate.denominator())), compare, openGaps);
        if (city != null && rate.percent() != null && city.percent() != null) {
            card.addClassName(rate.percent().compareTo(city.percent()) >= 0 ? "ht-above" : "ht-below");
        }
        return card;
    }

    private Div card(String id, String labelKey, String figure, @Nullable String detail, @Nullable String compare,
                     @Nullable Runnable onClick) {
        return cardLabelled(id, getTranslation(labelKey), figure, detail, compare, onClick);
    }

    /**
     * A figure card as one element, its label, figure, detail and comparison as markup inside: the home page
     * shows some thirty cards, and each component would stay in the session while the page is open.
     */
    Div cardLabelled(String id, String labelText, String figure, @Nullable String detail,
                             @Nullable String compare, @Nullable Runnable onClick) {
        StringBuilder markup = new StringBuilder()
                .append(part("ht-card-label", labelText)).append(part("ht-card-figure", figure));
        if (detail != null) {
            markup.append(part("ht-card-detail", detail));
        }
        if (compare != null) {
            markup.append(part("ht-card-compare", compare));
        }
        Div card = new Div();
        card.getElement().setProperty("innerHTML", markup.toString());
        card.addClassName("ht-card");
        card.addClassName("ht-figure-card");
        card.getElement().setAttribute("data-figure", id);
        if (onClick != null) {
            card.addClassName("ht-clickable");
            card.getElement().setAttribute("title", getTranslation("dashboard.card.openGaps"));
            card.addClickListener(e -> onClick.run());
        }
        return card;
    }

    private static String part(String className, String text) {
        return "<span class=\"" + className + "\">" + Entities.escape(text) + "</span>";
    }

    private void gaps(String kind, @Nullable Long townId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kind", kind);
        if (townId != null) {
            params.put("town", String.valueOf(townId));
        }
        UI.getCurrent().navigate("coverage/gaps", QueryParameters.simple(params));
    }

    void drillByChart(String id) {
        if (drilledTown == null && user.role() == Role.CITY_ADMIN && !id.isEmpty()) {
            drill(Long.valueOf(id));
        }
    }

    // ---- breakdown -----------------------------------------------------------------------------------

    private Component breakdown() {
        areas.addColumn(AreaLine::name).setKey("name").setHeader(getTranslation("dashboard.town")).setAutoWidth(true)
                .setFrozen(true);
        areas.addColumn(a -> number(a.compounds())).setHeader(getTranslation("dashboard.card.compounds")).setAutoWidth(true);
        areas.addColumn(a -> percent(a.entityBranches())).setHeader(getTranslation("dashboard.card.entity")).setAutoWidth(true);
        areas.addColumn(a -> percent(a.functionalBranches())).setHeader(getTranslation("dashboard.card.functional"))
                .setAutoWidth(true);
        areas.addColumn(a -> percent(a.committees())).setHeader(getTranslation("dashboard.card.committee")).setAutoWidth(true);
        areas.addColumn(a -> percent(a.gridCoverage())).setHeader(getTranslation("dashboard.card.grid")).setAutoWidth(true);
        areas.addColumn(a -> number(a.institutionsPaired())).setHeader(getTranslation("dashboard.column.institutions"))
                .setAutoWidth(true);
        areas.addColumn(a -> number(a.members())).setHeader(getTranslation("dashboard.card.members")).setAutoWidth(true);
        areas.addColumn(a -> number(a.volunteers())).setHeader(getTranslation("dashboard.card.volunteers")).setAutoWidth(true);
        areas.addColumn(a -> number(a.sitesTotal())).setHeader(getTranslation("dashboard.column.sites")).setAutoWidth(true);
        PhoneGrid.cards(areas, areas.addComponentColumn(a -> PhoneGrid.card(a.name(),
                getTranslation("dashboard.card.compounds") + " " + number(a.compounds()) + " · "
                        + getTranslation("dashboard.card.entity") + " " + percent(a.entityBranches()) + " · "
                        + getTranslation("dashboard.card.functional") + " " + percent(a.functionalBranches()),
                getTranslation("dashboard.card.committee") + " " + percent(a.committees()) + " · "
                        + getTranslation("dashboard.card.grid") + " " + percent(a.gridCoverage()),
                getTranslation("dashboard.column.institutions") + " " + number(a.institutionsPaired()) + " · "
                        + getTranslation("dashboard.card.members") + " " + number(a.members()) + " · "
                        + getTranslation("dashboard.card.volunteers") + " " + number(a.volunteers()) + " · "
                        + getTranslation("dashboard.column.sites") + " " + number(a.sitesTotal())))
                .setHeader(getTranslation("dashboard.town")));
        areas.setAllRowsVisible(true);
        areas.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        areas.setEmptyStateText(getTranslation("grid.empty"));
        areas.addItemClickListener(e -> {
            if (e.getItem().town()) {
                drill(e.getItem().id());
            }
        });
        areas.setId("dashboard-areas");
        Div panel = panelTitled(getTranslation("dashboard.breakdown"), areas);
        panel.addClassName("ht-dash-table");
        return panel;
    }

    private Component reviewerWorklist() {
        worklist.addColumn(WorkItem::roundTitle).setHeader(getTranslation("dashboard.work.round")).setAutoWidth(true);
        worklist.addColumn(w -> getTranslation(w.level().messageKey())).setHeader(getTranslation("dashboard.work.level"))
                .setAutoWidth(true);
        worklist.addColumn(WorkItem::compoundName).setHeader(getTranslation("dashboard.work.compound")).setAutoWidth(true);
        worklist.addColumn(WorkItem::townName).setHeader(getTranslation("dashboard.town")).setAutoWidth(true);
        worklist.addColumn(w -> Formats.date(w.deadline()) + (w.overdue() ? " " + getTranslation("dashboard.work.overdue") : ""))
                .setHeader(getTranslation("dashboard.work.deadline")).setAutoWidth(true);
        PhoneGrid.cards(worklist, worklist.addComponentColumn(w -> PhoneGrid.card(w.compoundName(),
                new Object[] {getTranslation(w.level().messageKey()), w.townName()}, w.roundTitle(),
                getTranslation("dashboard.work.deadline") + " " + Formats.date(w.deadline())
                        + (w.overdue() ? " " + getTranslation("dashboard.work.overdue") : "")))
                .setHeader(getTranslation("dashboard.work.compound")));
        worklist.setItems(dashboard.worklist());
        worklist.setAllRowsVisible(true);
        worklist.setEmptyStateText(getTranslation("dashboard.work.empty"));
        worklist.addItemClickListener(e -> UI.getCurrent().navigate("accreditation/reviews"));
        worklist.setId("dashboard-worklist");
        Button open = new Button(getTranslation("dashboard.work.open"), e -> UI.getCurrent().navigate("accreditation/reviews"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return panelTitled(getTranslation("dashboard.work.title", worklist.getListDataView().getItemCount()), worklist, open);
    }

    // ---- formats -------------------------------------------------------------------------------------

    private static String number(long n) {
        return String.format("%,d", n);
    }

    static String percent(Rate rate) {
        BigDecimal p = rate.percent();
        if (p == null) {
            return "—";
        }
        return (p.signum() == 0 ? BigDecimal.ZERO : p.stripTrailingZeros()).toPlainString() + "%";
    }

    /** The figures currently shown (for tests). */
    @Nullable Dashboard shown() {
        return current;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
