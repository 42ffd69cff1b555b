package cn.haitang.console.notices.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.notices.NoticeExports;
import cn.haitang.console.notices.NoticeFilter;
import cn.haitang.console.notices.NoticeForm;
import cn.haitang.console.notices.NoticeRow;
import cn.haitang.console.notices.NoticesService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * 通知公告: the city admin's list of notices with how many of their recipients have read each, and the form to
 * write one; a recipient's (coordinator's, reviewer's) list of the notices addressed to them, unread ones marked.
 * Both export what the list shows.
 * Paged, sorted and filtered in the database; each row opens the notice.
 */
@Route("notices")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR, Role.Names.REVIEWER})
@Menu(order = 2, icon = "vaadin:megaphone", title = "notices.nav")
public class NoticesView extends Main implements HasDynamicTitle {

    private final NoticesService notices;
    private final Clock clock;
    private final boolean admin;
    final TextField search = new TextField();
    final Checkbox unreadOnly = new Checkbox();
    final Button create = new Button();
    final Grid<NoticeRow> grid = new Grid<>();

    public NoticesView(NoticesService notices, NoticeExports exports, CurrentUser currentUser, Clock clock) {
        this.notices = notices;
        this.clock = clock;
        this.admin = currentUser.require().role() == Role.CITY_ADMIN;
        addClassName("ht-view");
        addClassName("ht-list-view");
        search.setPlaceholder(getTranslation("notices.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        unreadOnly.setLabel(getTranslation("notices.unreadOnly"));
        unreadOnly.addValueChangeListener(e -> refresh());
        unreadOnly.setVisible(!admin);
        create.setText(getTranslation("notices.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm());
        create.setVisible(admin);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addComponentColumn(this::summary).setHeader(getTranslation("notices.title")).setKey("title")
                .setSortProperty("title").setFlexGrow(4);
        grid.addColumn(r -> Formats.dateTime(r.publishedAt())).setHeader(getTranslation("notices.publishedAt"))
                .setKey("publishedAt").setSortProperty("publishedAt").setAutoWidth(true);
        grid.addColumn(r -> r.readBy() == null ? "—" : Formats.date(r.readBy())).setHeader(getTranslation("notices.readBy"))
                .setKey("readBy").setSortProperty("readBy").setAutoWidth(true);
        if (admin) {
            grid.addColumn(r -> getTranslation("notices.readers", r.readers(), r.recipients()))
                    .setHeader(getTranslation("notices.receipts")).setKey("readers").setAutoWidth(true);
        } else {
            grid.addColumn(Badges.renderer(r -> r.read() ? Badges.badge(getTranslation("notices.read"), Badges.Tone.SUCCESS)
                    : Badges.badge(getTranslation("notices.unread"), Badges.Tone.ERROR)))
                    .setHeader(getTranslation("notices.state")).setKey("state").setAutoWidth(true);
        }
        PhoneGrid.cards(grid, grid.addComponentColumn(this::card).setHeader(getTranslation("notices.title")));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(NoticeView.class, e.getItem().id()));
        grid.setSizeFull();
        java.util.Locale locale = UI.getCurrent().getLocale();
        Anchor export = Downloads.excel(this, "notices.xlsx", out -> exports.list(filter(), sort(), admin, locale, out));
        add(new ViewToolbar(getTranslation("notices.nav"), new PhoneFilters(ViewToolbar.group(search, unreadOnly)),
                ViewToolbar.group(export, create)), grid);
        refresh();
    }

    /** The phone's card: title, state (or readers for the admin), published and read-by dates. */
    private Div card(NoticeRow row) {
        Div card = PhoneGrid.card(row.title(), new Object[] {admin
                        ? getTranslation("notices.readers", row.readers(), row.recipients())
                        : row.read() ? Badges.badge(getTranslation("notices.read"), Badges.Tone.SUCCESS)
                        : Badges.badge(getTranslation("notices.unread"), Badges.Tone.ERROR),
                        Formats.dateTime(row.publishedAt())},
                row.readBy() == null ? null : getTranslation("notices.readBy") + " " + Formats.date(row.readBy()));
        if (!admin && !row.read()) {
            card.addClassName("ht-unread");
        }
        return card;
    }

    /** Title with the date and state under it. */
    private Div summary(NoticeRow row) {
        Span title = new Span(row.title());
        title.addClassName("ht-cell-title");
        Span meta = new Span(Formats.dateTime(row.publishedAt()) + (admin
                ? " · " + getTranslation("notices.readers", row.readers(), row.recipients())
                : " · " + getTranslation(row.read() ? "notices.read" : "notices.unread")));
        meta.addClassName("ht-cell-meta");
        Div cell = new Div(title, meta);
        cell.addClassName("ht-cell");
        if (!admin && !row.read()) {
            cell.addClassName("ht-unread");
        }
        return cell;
    }

    /** The grid's sorting as the export's, in the sort properties the queries know. */
    private org.springframework.data.domain.Sort sort() {
        return org.springframework.data.domain.Sort.by(grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .map(o -> o.getDirection() == com.vaadin.flow.data.provider.SortDirection.ASCENDING
                        ? org.springframework.data.domain.Sort.Order.asc(o.getSorted())
                        : org.springframework.data.domain.Sort.Order.desc(o.getSorted()))
                .toList());
    }

    NoticeFilter filter() {
        return new NoticeFilter(search.getValue(), unreadOnly.getValue());
    }

    void refresh() {
        NoticeFilter filter = filter();
        grid.setItems(q -> notices.list(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) notices.count(filter));
    }

    /** The admin's form: title, body, audience (all towns or the chosen ones; roles), read by and reply by when. */
    FormDialog openForm() {
        FormDialog dialog = new FormDialog(getTranslation("notices.new"));
        TextField title = dialog.text("title", "notices.title", 100, FormDialog.Need.REQUIRED);
        TextArea body = dialog.textArea("body", "notices.body", 4000, FormDialog.Need.REQUIRED);
        body.setMinHeight("10em");
        dialog.form().setColspan(title, 2);
        dialog.form().setColspan(body, 2);
        Checkbox all = dialog.checkbox("notices.allTowns");
        all.setValue(true);
        MultiSelectComboBox<TownRef> towns = new MultiSelectComboBox<>(getTranslation("notices.towns"));
        towns.setItems(notices.townOptions());
        towns.setItemLabelGenerator(TownRef::name);
        towns.setEnabled(false);
        all.addValueChangeListener(e -> towns.setEnabled(!e.getValue()));
        dialog.refusalsAt("towns", towns);
        dialog.form().add(towns);
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("notices.roles"));
        roles.setItems(Role.STREET_COORDINATOR, Role.REVIEWER);
        roles.setItemLabelGenerator(r -> getTranslation(r == Role.REVIEWER ? "notices.toReviewers" : "notices.toCoordinators"));
        roles.setValue(java.util.Set.of(Role.STREET_COORDINATOR));
        dialog.refusalsAt("roles", roles);
        dialog.form().add(roles);
        LocalDate today = LocalDate.now(clock);
        DatePicker readBy = dialog.date("readBy", "notices.readBy", today, today.plusDays(366), FormDialog.Need.OPTIONAL);
        DatePicker replyBy = dialog.date("replyBy", "notices.replyBy", today, today.plusDays(366), FormDialog.Need.OPTIONAL);
        dialog.onSave(() -> {
            notices.publish(new NoticeForm(title.getValue(), body.getValue(), all.getValue(),
                    towns.getValue().stream().map(TownRef::id).collect(java.util.stream.Collectors.toSet()),
                    roles.getValue().contains(Role.STREET_COORDINATOR), roles.getValue().contains(Role.REVIEWER),
                    readBy.getValue(), replyBy.getValue()));
            return getTranslation("notices.published");
        }, this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notices.nav") + " · " + getTranslation("app.name");
    }
}
