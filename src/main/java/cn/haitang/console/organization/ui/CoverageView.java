package cn.haitang.console.organization.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.organization.ContributedRate;
import cn.haitang.console.organization.CoverageFigures;
import cn.haitang.console.organization.CoverageLevel;
import cn.haitang.console.organization.CoverageReport;
import cn.haitang.console.organization.CoverageService;
import cn.haitang.console.organization.GapKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The coverage figures of the caller's area, current or as of a month's snapshot: the total, each
 * town/street, each community. Every rate links to its gap list, the compounds still missing it.
 */
@Route("coverage")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 12, icon = "vaadin:chart", title = "nav.coverage")
public class CoverageView extends Main implements HasDynamicTitle {

    private final CoverageService coverage;
    final Select<Optional<YearMonth>> asOf = new Select<>();
    final Div totals = new Div();
    final Span takenAt = new Span();
    final Grid<CoverageFigures> towns;
    final Grid<CoverageFigures> communities;
    private List<CoverageFigures> allCommunities = List.of();
    @Nullable CoverageReport report;

    public CoverageView(CoverageService coverage) {
        this.coverage = coverage;
        this.towns = grid();
        this.communities = grid();
        addClassName("ht-view");
        List<Optional<YearMonth>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        coverage.snapshotMonths().forEach(m -> choices.add(Optional.of(m)));
        asOf.setLabel(getTranslation("coverage.asOf"));
        asOf.setItems(choices);
        asOf.setItemLabelGenerator(m -> m.map(month -> getTranslation("coverage.month", month.toString()))
                .orElse(getTranslation("coverage.current")));
        asOf.setValue(Optional.empty());
        asOf.addValueChangeListener(e -> load());
        totals.addClassName("ht-coverage-totals");
        totals.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("padding", "var(--lumo-space-m)");
        towns.asSingleSelect().addValueChangeListener(e -> showCommunities(e.getValue()));
        towns.setAllRowsVisible(true);
        communities.setHeight("480px");
        Span hint = new Span(getTranslation("coverage.openGaps"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new ViewToolbar(getTranslation("coverage.title"), ViewToolbar.group(asOf, takenAt)), hint, totals,
                new H3(getTranslation("coverage.towns")), towns, new H3(getTranslation("coverage.communities")), communities);
        getStyle().set("padding-bottom", "var(--lumo-space-l)").set("overflow", "auto");
        load();
    }

    void load() {
        try {
            Optional<YearMonth> month = asOf.getValue() == null ? Optional.empty() : asOf.getValue();
            report = month.isPresent() ? coverage.asOf(month.get(), null) : coverage.current(null);
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
            return;
        }
        takenAt.setText(report.takenAt() == null ? "" : getTranslation("coverage.takenAt", Formats.dateTime(report.takenAt())));
        totals.removeAll();
        CoverageFigures total = report.total();
        totals.add(card("coverage.compounds", String.valueOf(total.compounds()), null, total),
                card("coverage.entityRate", percent(total.entityRate()), GapKind.ENTITY_BRANCH, total),
                card("coverage.functionalRate", percent(total.functionalRate()), GapKind.FUNCTIONAL_BRANCH, total),
                card("coverage.gridCoverage", percent(total.gridCoverage()), GapKind.GRID_COVERAGE, total),
                card("coverage.centralHouseholds", String.valueOf(total.centralHouseholds()), null, total),
                card("coverage.linkedHouseholds", String.valueOf(total.linkedHouseholds()), null, total));
        for (ContributedRate rate : total.contributed()) {
            totals.add(card(rate.titleKey(), percent(rate.percent()), null, total));
        }
        towns.setItems(report.towns());
        allCommunities = report.communities();
        communities.setItems(allCommunities);
    }

    private void showCommunities(@Nullable CoverageFigures town) {
        communities.setItems(town == null ? allCommunities
                : allCommunities.stream().filter(c -> c.townId() != null && c.townId().equals(town.refId())).toList());
    }

    private Component card(String titleKey, String value, @Nullable GapKind gaps, CoverageFigures figures) {
        Span title = new Span(getTranslation(titleKey));
        title.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Component number = gaps == null ? new Span(value) : gapLink(value, gaps, figures);
        number.getElement().getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Div card = new Div(title, new Div(number));
        card.addClassName("ht-figure-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("min-width", "10em");
        return card;
    }

    private Grid<CoverageFigures> grid() {
        Grid<CoverageFigures> grid = new Grid<>();
        grid.addColumn(CoverageFigures::name).setHeader(getTranslation("coverage.area")).setAutoWidth(true).setFrozen(true);
        grid.addColumn(CoverageFigures::compounds).setHeader(getTranslation("coverage.compounds")).setAutoWidth(true);
        grid.addColumn(gapLinks(GapKind.ENTITY_BRANCH, f -> rate(f.entityRate(), f.entityBranches(), f.compounds())))
                .setHeader(getTranslation("coverage.entityRate")).setAutoWidth(true);
        grid.addColumn(gapLinks(GapKind.FUNCTIONAL_BRANCH,
                        f -> rate(f.functionalRate(), f.functionalBranches(), f.compounds())))
                .setHeader(getTranslation("coverage.functionalRate")).setAutoWidth(true);
        grid.addColumn(gapLinks(GapKind.GRID_COVERAGE, f -> rate(f.gridCoverage(), f.gridGroups(), f.microGrids())))
                .setHeader(getTranslation("coverage.gridCoverage")).setAutoWidth(true);
        grid.addColumn(CoverageFigures::centralHouseholds).setHeader(getTranslation("coverage.centralHouseholds"))
                .setAutoWidth(true);
        grid.addColumn(CoverageFigures::linkedHouseholds).setHeader(getTranslation("coverage.linkedHouseholds"))
                .setAutoWidth(true);
        // Rates other features contribute (e.g. committee formation), one column each.
        List<String> contributed = coverage.contributedTitleKeys();
        for (int i = 0; i < contributed.size(); i++) {
            int index = i;
            grid.addColumn(f -> f.contributed().size() > index ? rate(f.contributed().get(index).percent(),
                    f.contributed().get(index).numerator(), f.contributed().get(index).denominator()) : "")
                    .setHeader(getTranslation(contributed.get(i))).setAutoWidth(true);
        }
        PhoneGrid.cards(grid, grid.addComponentColumn(f -> PhoneGrid.card(f.name() + " · "
                        + getTranslation("coverage.compounds") + " " + f.compounds(),
                new Object[] {getTranslation("coverage.entityRate"),
                        gapLink(rate(f.entityRate(), f.entityBranches(), f.compounds()), GapKind.ENTITY_BRANCH, f)},
                new Object[] {getTranslation("coverage.functionalRate"),
                        gapLink(rate(f.functionalRate(), f.functionalBranches(), f.compounds()), GapKind.FUNCTIONAL_BRANCH, f)},
                new Object[] {getTranslation("coverage.gridCoverage"),
                        gapLink(rate(f.gridCoverage(), f.gridGroups(), f.microGrids()), GapKind.GRID_COVERAGE, f)},
                getTranslation("coverage.centralHouseholds") + " " + f.centralHouseholds() + " · "
                        + getTranslation("coverage.linkedHouseholds") + " " + f.linkedHouseholds()))
                .setHeader(getTranslation("coverage.area")));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        return grid;
    }

    private Anchor gapLink(String text, GapKind kind, CoverageFigures figures) {
        Anchor link = new Anchor(gapsHref(kind, figures), text);
        link.setTitle(getTranslation(kind.messageKey()));
        return link;
    }

    /** A rate column's cells as links drawn by the browser: no component a row kept in the session. */
    private LitRenderer<CoverageFigures> gapLinks(GapKind kind, ValueProvider<CoverageFigures, String> rate) {
        String title = getTranslation(kind.messageKey());
        return LitRenderer.<CoverageFigures>of("<a href=\"${item.href}\" title=\"${item.title}\">${item.rate}</a>")
                .withProperty("rate", rate)
                .withProperty("href", f -> gapsHref(kind, f))
                .withProperty("title", f -> title);
    }

    private static String gapsHref(GapKind kind, CoverageFigures figures) {
        String href = "coverage/gaps?kind=" + kind.name();
        if (figures.level() == CoverageLevel.TOWN) {
            href += "&town=" + figures.refId();
        } else if (figures.level() == CoverageLevel.COMMUNITY) {
            href += "&community=" + figures.refId();
        }
        return href;
    }

    private String rate(@Nullable BigDecimal percent, long part, long whole) {
        return getTranslation("coverage.rate", percent(percent).replace("%", ""), part, whole);
    }

    private static String percent(@Nullable BigDecimal percent) {
        return percent == null ? "—" : percent.toPlainString() + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.title") + " · " + getTranslation("app.name");
    }
}
