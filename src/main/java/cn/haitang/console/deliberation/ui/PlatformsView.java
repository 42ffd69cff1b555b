package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.deliberation.PlatformFilter;
import cn.haitang.console.deliberation.PlatformKind;
import cn.haitang.console.deliberation.PlatformRow;
import cn.haitang.console.deliberation.PlatformService;
import cn.haitang.console.deliberation.Rhythm;
import cn.haitang.console.deliberation.Rhythms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Micro-deliberation platforms: filters by area, kind and text; the 逢五 rhythm's next dates; create, edit, retire. */
@Route("deliberation/platforms")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 70, icon = "vaadin:comments-o", title = "nav.delib.platforms")
class PlatformsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final PlatformService platforms;
    private final AreaDirectory directory;
    private final AreaFilter areas;
    private final LocalDate today;
    final Select<PlatformKind> kind = new Select<>();
    final TextField search = new TextField();
    final Grid<PlatformRow> grid;
    final Button create = new Button();

    PlatformsView(PlatformService platforms, AreaDirectory directory, Clock clock) {
        this.platforms = platforms;
        this.directory = directory;
        this.today = LocalDate.now(clock);
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMPOUND, this::refresh);
        DelibUi.anyOf(kind, this, "delib.platform.kind", "delib.allKinds", List.of(PlatformKind.values()),
                k -> getTranslation(k.messageKey()), this::refresh);
        search.setLabel(getTranslation("delib.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("delib.platform.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> open(null));
        grid = DelibUi.grid(this);
        grid.addColumn(PlatformRow::name).setHeader(getTranslation("delib.platform.name")).setSortProperty("name")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.kind().messageKey())).setHeader(getTranslation("delib.platform.kind"))
                .setSortProperty("kind").setAutoWidth(true);
        grid.addColumn(PlatformRow::townName).setHeader(getTranslation("delib.town")).setSortProperty("townName")
                .setAutoWidth(true);
        grid.addColumn(PlatformRow::communityName).setHeader(getTranslation("delib.community"))
                .setSortProperty("communityName").setAutoWidth(true);
        grid.addColumn(p -> DelibUi.orEmpty(p.compoundName())).setHeader(getTranslation("delib.compound")).setAutoWidth(true);
        grid.addColumn(PlatformRow::venue).setHeader(getTranslation("delib.platform.venue")).setAutoWidth(true);
        grid.addColumn(PlatformRow::host).setHeader(getTranslation("delib.platform.host")).setAutoWidth(true);
        grid.addColumn(PlatformRow::sessions).setHeader(getTranslation("delib.platform.sessions")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.lastHeldOn())).setHeader(getTranslation("delib.platform.lastHeldOn"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::nextBadge)
                .setHeader(getTranslation("delib.platform.nextDates")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(p -> PhoneGrid.card(p.name(),
                new Object[] {getTranslation(p.kind().messageKey()), nextBadge(p)},
                p.townName() + " · " + p.communityName() + (p.compoundName() == null ? "" : " · " + p.compoundName()),
                getTranslation("delib.platform.sessions") + " " + p.sessions()
                        + (p.lastHeldOn() == null ? "" : " · " + getTranslation("delib.platform.lastHeldOn") + " "
                        + Formats.date(p.lastHeldOn())))).setHeader(getTranslation("delib.platform.name")));
        grid.addItemClickListener(e -> open(e.getItem()));
        refresh();
        add(new ViewToolbar(getTranslation("nav.delib.platforms"),
                new PhoneFilters(ViewToolbar.group(DelibUi.afterAreas(areas, kind, search))),
                ViewToolbar.group(DelibUi.export(this, "platforms", clock,
                        (out, locale) -> platforms.export(filter(), out, locale)), create)), grid);
    }

    private com.vaadin.flow.component.html.Span nextBadge(PlatformRow p) {
        return p.active() ? Badges.badge(nextDates(p.rhythm()), Badges.Tone.NEUTRAL)
                : Badges.badge(getTranslation("delib.platform.retired"), Badges.Tone.CONTRAST);
    }

    private String nextDates(Rhythm rhythm) {
        List<LocalDate> next = Rhythms.next(rhythm, today, 3);
        return next.isEmpty() ? getTranslation(rhythm.messageKey())
                : next.stream().map(d -> d.getMonthValue() + "/" + d.getDayOfMonth()).collect(Collectors.joining("、"));
    }

    PlatformFilter filter() {
        return new PlatformFilter(areas.townId(), areas.communityId(), areas.compoundId(), kind.getValue(), search.getValue());
    }

    void refresh() {
        PlatformFilter filter = filter();
        grid.setItems(q -> platforms.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) platforms.count(filter));
    }

    PlatformDialog open(@Nullable PlatformRow row) {
        PlatformDialog dialog = new PlatformDialog(platforms, directory, row, this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("platform").ifPresent(value -> {
            try {
                open(platforms.platform(Long.parseLong(value)));
            } catch (NumberFormatException | cn.haitang.console.base.RuleViolationException e) {
                // an id that is not a number or not the caller's: the list alone
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delib.platforms") + " · " + getTranslation("app.name");
    }
}
