package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.deliberation.PlatformKind;
import cn.haitang.console.deliberation.PlatformService;
import cn.haitang.console.deliberation.SessionFilter;
import cn.haitang.console.deliberation.SessionRow;
import cn.haitang.console.deliberation.SessionService;
import cn.haitang.console.deliberation.TopicService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Sessions of the platforms, newest first: filters by area, kind and month; Excel export; recording with topics. */
@Route("deliberation/sessions")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 71, icon = "vaadin:calendar-o", title = "nav.delib.sessions")
class SessionsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final SessionService sessions;
    private final TopicService topics;
    private final PlatformService platforms;
    private final AreaDirectory directory;
    private final Clock clock;
    private final AreaFilter areas;
    final Select<PlatformKind> kind = new Select<>();
    final Select<YearMonth> month;
    final Grid<SessionRow> grid;
    final PhoneGrid phoneGrid;
    final Button create = new Button();

    SessionsView(SessionService sessions, TopicService topics, PlatformService platforms, AreaDirectory directory,
                 Clock clock) {
        this.sessions = sessions;
        this.topics = topics;
        this.platforms = platforms;
        this.directory = directory;
        this.clock = clock;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMPOUND, this::refresh);
        DelibUi.anyOf(kind, this, "delib.platform.kind", "delib.allKinds", List.of(PlatformKind.values()),
                k -> getTranslation(k.messageKey()), this::refresh);
        month = DelibUi.monthSelect(this, LocalDate.now(clock), this::refresh);
        create.setText(getTranslation("delib.session.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> open(null));
        grid = DelibUi.grid(this);
        grid.addColumn(s -> Formats.date(s.heldOn())).setHeader(getTranslation("delib.session.heldOn"))
                .setSortProperty("heldOn").setAutoWidth(true);
        grid.addColumn(SessionRow::platformName).setHeader(getTranslation("delib.platform")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.kind().messageKey())).setHeader(getTranslation("delib.platform.kind"))
                .setAutoWidth(true);
        grid.addColumn(SessionRow::townName).setHeader(getTranslation("delib.town")).setAutoWidth(true);
        grid.addColumn(SessionRow::communityName).setHeader(getTranslation("delib.community")).setAutoWidth(true);
        grid.addColumn(s -> DelibUi.orEmpty(s.compoundName())).setHeader(getTranslation("delib.compound")).setAutoWidth(true);
        grid.addColumn(SessionRow::host).setHeader(getTranslation("delib.session.host")).setAutoWidth(true);
        grid.addColumn(s -> s.residents() + s.partyMembers() + s.ownersCommittee() + s.propertyCompany() + s.institutions())
                .setHeader(getTranslation("delib.session.attendance")).setAutoWidth(true);
        grid.addColumn(SessionRow::topics).setHeader(getTranslation("delib.session.topics")).setAutoWidth(true);
        grid.addColumn(SessionRow::minutes).setHeader(getTranslation("delib.session.minutes")).setFlexGrow(2);
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(s -> PhoneGrid.card(s.platformName(),
                new Object[] {Formats.date(s.heldOn()), getTranslation(s.kind().messageKey())},
                s.communityName() + (s.compoundName() == null ? "" : " · " + s.compoundName()) + " · " + s.townName(),
                getTranslation("delib.session.host") + " " + s.host() + " · " + getTranslation("delib.session.topics")
                        + " " + s.topics()))
                .setHeader(getTranslation("delib.platform")));
        grid.addItemClickListener(e -> open(e.getItem()));
        refresh();
        add(new ViewToolbar(getTranslation("nav.delib.sessions"), new PhoneFilters(ViewToolbar.group(
                DelibUi.afterAreas(areas, kind, month))), ViewToolbar.group(DelibUi.export(this, "sessions", clock,
                (out, locale) -> sessions.export(filter(), out, locale)), create)), grid);
    }

    SessionFilter filter() {
        return new SessionFilter(areas.townId(), areas.communityId(), areas.compoundId(), kind.getValue(), month.getValue());
    }

    void refresh() {
        SessionFilter filter = filter();
        grid.setItems(q -> sessions.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) sessions.count(filter));
    }

    /** {@code ?session=12} (the link from a board matter that came from one of its topics) opens that session. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("session").ifPresent(value -> {
            try {
                long id = Long.parseLong(value);
                DelibUi.attempt(() -> open(sessions.session(id)));
            } catch (NumberFormatException e) {
                // a mistyped link opens the list
            }
        });
    }

    SessionDialog open(@Nullable SessionRow row) {
        SessionDialog dialog = new SessionDialog(sessions, topics, platforms, directory, row, LocalDate.now(clock),
                this::refresh, id -> open(sessions.session(id)));
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delib.sessions") + " · " + getTranslation("app.name");
    }
}
