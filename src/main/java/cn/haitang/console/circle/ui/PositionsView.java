package cn.haitang.console.circle.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.circle.PositionFilter;
import cn.haitang.console.circle.PositionKind;
import cn.haitang.console.circle.PositionRow;
import cn.haitang.console.circle.PositionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Service positions: area, kind, late-opening and text filters, Excel export, the form with opening hours. */
@Route("circle/positions")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 50, icon = "vaadin:home-o", title = "nav.circle.positions")
class PositionsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final PositionService positions;
    private final AreaFilter areas;
    private final AreaDirectory directory;
    final TextField search = new TextField();
    final Select<PositionKind> kind;
    final Checkbox lateOnly = new Checkbox();
    final Grid<PositionRow> grid;
    final PhoneGrid phoneGrid;
    final Button create = new Button();

    PositionsView(PositionService positions, AreaDirectory directory, Clock clock) {
        this.positions = positions;
        this.directory = directory;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMMUNITY, this::refresh);
        search.setLabel(getTranslation("circle.search"));
        search.setPlaceholder(getTranslation("circle.position.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        kind = CircleUi.anyOf(this, "circle.position.kind", List.of(PositionKind.values()), k -> getTranslation(k.messageKey()),
                this::refresh);
        lateOnly.setLabel(getTranslation("circle.position.lateOnly"));
        lateOnly.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("circle.position.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));

        grid = CircleUi.grid(this);
        grid.addColumn(PositionRow::name).setHeader(getTranslation("circle.position.name")).setSortProperty("name")
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.kind().messageKey())).setHeader(getTranslation("circle.position.kind"))
                .setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(PositionRow::communityName).setHeader(getTranslation("circle.community")).setSortProperty("communityName")
                .setAutoWidth(true);
        grid.addColumn(PositionRow::townName).setHeader(getTranslation("circle.town")).setAutoWidth(true);
        grid.addColumn(r -> r.floorArea().toPlainString()).setHeader(getTranslation("circle.position.floorArea"))
                .setSortProperty("floorArea").setAutoWidth(true);
        grid.addColumn(slotBadges()).setHeader(getTranslation("circle.position.slots")).setAutoWidth(true);
        grid.addColumn(r -> r.institutionName() == null ? "" : r.institutionName())
                .setHeader(getTranslation("circle.position.institution")).setAutoWidth(true);
        grid.addColumn(r -> r.contactPerson() + " " + r.contactPhone()).setHeader(getTranslation("circle.position.contact"))
                .setAutoWidth(true);
        grid.addColumn(PositionRow::scenes).setHeader(getTranslation("circle.position.scenes")).setSortProperty("scenes")
                .setAutoWidth(true);
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(r -> PhoneGrid.card(r.name(),
                new Object[] {getTranslation(r.kind().messageKey()), slots(r)},
                r.communityName() + " · " + r.townName(),
                getTranslation("circle.position.scenes") + " " + r.scenes() + " · " + r.contactPerson() + " " + r.contactPhone()))
                .setHeader(getTranslation("circle.position.name")));
        grid.addItemClickListener(e -> openForm(e.getItem()));
        refresh();
        add(new ViewToolbar(getTranslation("nav.circle.positions"), new PhoneFilters(ViewToolbar.group(
                CircleUi.afterAreas(areas, search, kind, lateOnly))), ViewToolbar.group(CircleUi.export(this, "positions",
                clock, (out, locale) -> positions.export(filter(), out, locale)), create)), grid);
    }

    /** The slots column drawn by the browser (the same badges as {@link #slots}, no components kept a row). */
    private LitRenderer<PositionRow> slotBadges() {
        String offPeak = getTranslation("circle.slot.OFF_PEAK");
        String late = getTranslation("circle.slot.LATE");
        String regular = getTranslation("circle.slot.REGULAR");
        return LitRenderer.<PositionRow>of("<span style=\"display:inline-flex;gap:4px\">"
                        + "<span class=\"ht-badge\" theme=\"badge\" ?hidden=${!item.offPeak}>${item.offPeakText}</span>"
                        + "<span class=\"ht-badge\" theme=\"badge success\" ?hidden=${!item.late}>${item.lateText}</span>"
                        + "<span ?hidden=${item.offPeak || item.late}>${item.regularText}</span></span>")
                .withProperty("offPeak", PositionRow::offPeak).withProperty("late", PositionRow::late)
                .withProperty("offPeakText", r -> offPeak).withProperty("lateText", r -> late)
                .withProperty("regularText", r -> regular);
    }

    private HorizontalLayout slots(PositionRow row) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "4px");
        if (row.offPeak()) {
            badges.add(Badges.badge(getTranslation("circle.slot.OFF_PEAK"), Badges.Tone.NEUTRAL));
        }
        if (row.late()) {
            badges.add(Badges.badge(getTranslation("circle.slot.LATE"), Badges.Tone.SUCCESS));
        }
        if (!row.offPeak() && !row.late()) {
            badges.add(new Span(getTranslation("circle.slot.REGULAR")));
        }
        return badges;
    }

    PositionFilter filter() {
        return new PositionFilter(areas.townId(), areas.communityId(), kind.getValue(), search.getValue(), lateOnly.getValue());
    }

    void refresh() {
        PositionFilter filter = filter();
        CircleUi.lazy(grid, p -> positions.list(filter, p), () -> positions.count(filter));
    }

    PositionFormDialog openForm(@Nullable PositionRow row) {
        PositionFormDialog dialog = new PositionFormDialog(positions, directory, row, this::refresh);
        dialog.open();
        return dialog;
    }

    /** A search hit opens the list with the record's form ({@code ?position=id}); the service checks the scope. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("position").filter(v -> v.matches("\\d{1,18}"))
                .ifPresent(v -> CircleUi.attempt(() -> openForm(positions.position(Long.parseLong(v)))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.circle.positions") + " · " + getTranslation("app.name");
    }
}
