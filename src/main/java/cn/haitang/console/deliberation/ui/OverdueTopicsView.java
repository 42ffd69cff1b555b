package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.deliberation.TopicFilter;
import cn.haitang.console.deliberation.TopicRow;
import cn.haitang.console.deliberation.TopicService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Topics handed to the community and past their due date without a result, most overdue first; click to record the result. */
@Route("deliberation/overdue")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 72, icon = "vaadin:clock", title = "nav.delib.overdue")
class OverdueTopicsView extends Main implements HasDynamicTitle {

    private final TopicService topics;
    private final AreaFilter areas;
    final Grid<TopicRow> grid;

    OverdueTopicsView(TopicService topics, AreaDirectory directory, Clock clock) {
        this.topics = topics;
        LocalDate today = LocalDate.now(clock);
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMPOUND, this::refresh);
        grid = DelibUi.grid(this);
        grid.addComponentColumn(t -> Badges.badge(String.valueOf(ChronoUnit.DAYS.between(Objects.requireNonNull(t.dueOn()),
                today)), Badges.Tone.ERROR)).setHeader(getTranslation("delib.topic.overdueDays")).setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.dueOn())).setHeader(getTranslation("delib.topic.dueOn")).setAutoWidth(true);
        grid.addColumn(TopicRow::title).setHeader(getTranslation("delib.topic.title")).setFlexGrow(2);
        grid.addColumn(TopicRow::communityName).setHeader(getTranslation("delib.community")).setAutoWidth(true);
        grid.addColumn(t -> DelibUi.orEmpty(t.compoundName())).setHeader(getTranslation("delib.compound")).setAutoWidth(true);
        grid.addColumn(TopicRow::platformName).setHeader(getTranslation("delib.platform")).setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.heldOn())).setHeader(getTranslation("delib.topic.heldOn")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(t -> PhoneGrid.card(t.title(),
                new Object[] {Badges.badge(getTranslation("delib.topic.overdueDays") + " "
                        + ChronoUnit.DAYS.between(Objects.requireNonNull(t.dueOn()), today), Badges.Tone.ERROR),
                        getTranslation("delib.topic.dueOn") + " " + Formats.date(t.dueOn())},
                t.communityName() + (t.compoundName() == null ? "" : " · " + t.compoundName()),
                t.platformName() + " · " + Formats.date(t.heldOn()))).setHeader(getTranslation("delib.topic.title")));
        grid.addItemClickListener(e -> ResultDialog.open(topics, e.getItem(), this::refresh));
        refresh();
        add(new ViewToolbar(getTranslation("nav.delib.overdue"), new PhoneFilters(ViewToolbar.group(DelibUi.afterAreas(areas)))), grid);
    }

    void refresh() {
        TopicFilter filter = new TopicFilter(areas.townId(), areas.communityId(), areas.compoundId());
        grid.setItems(q -> topics.overdue(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) topics.countOverdue(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delib.overdue") + " · " + getTranslation("app.name");
    }
}
