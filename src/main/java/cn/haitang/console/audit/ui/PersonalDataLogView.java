package cn.haitang.console.audit.ui;

import cn.haitang.console.audit.PersonalDataAccess;
import cn.haitang.console.audit.PersonalDataLog;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.db.Window;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Who saw or exported ID numbers and phones, newest first: what a personal-data check asks the department for. */
@Route("admin/personal-data")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 93, icon = "vaadin:eye", title = "personalData.log.title")
public class PersonalDataLogView extends Main implements HasDynamicTitle {

    private final PersonalDataLog log;
    final TextField username = new TextField();
    final Select<String> action = new Select<>();
    final DatePicker from;
    final DatePicker to;
    final Grid<PersonalDataAccess> grid = new Grid<>();

    public PersonalDataLogView(PersonalDataLog log) {
        this.log = log;
        addClassName("ht-view");
        username.setPlaceholder(getTranslation("personalData.log.user"));
        username.setPrefixComponent(VaadinIcon.SEARCH.create());
        username.setClearButtonVisible(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.addValueChangeListener(e -> refresh());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("personalData.log.action"));
        action.setItems(PersonalDataAccess.VIEW, PersonalDataAccess.EXPORT);
        action.setItemLabelGenerator(a -> a == null ? getTranslation("personalData.log.action")
                : getTranslation("personalData.log.action." + a));
        action.addValueChangeListener(e -> refresh());
        from = LocalizedFields.datePicker(this, "personalData.log.from");
        to = LocalizedFields.datePicker(this, "personalData.log.to");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("personalData.log.time"))
                .setAutoWidth(true);
        grid.addColumn(PersonalDataAccess::username).setHeader(getTranslation("personalData.log.user")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("personalData.log.action." + e.action()))
                .setHeader(getTranslation("personalData.log.action")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("personalData.subject." + e.subject()))
                .setHeader(getTranslation("personalData.log.subject")).setAutoWidth(true);
        grid.addColumn(PersonalDataAccess::rowCount).setHeader(getTranslation("personalData.log.rows")).setAutoWidth(true);
        grid.addComponentColumn(this::maskBadge).setHeader(getTranslation("personalData.log.unmasked")).setAutoWidth(true);
        grid.addColumn(e -> e.reason() == null ? "—" : e.reason()).setHeader(getTranslation("personalData.log.reason"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.filterText() == null ? "—" : e.filterText())
                .setHeader(getTranslation("personalData.log.filter")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        refresh();
        add(new ViewToolbar(getTranslation("personalData.log.title"), ViewToolbar.group(username, action, from, to)), grid);
    }

    void refresh() {
        PersonalDataLog.Filter filter = new PersonalDataLog.Filter(username.getValue(), action.getValue(),
                from.getValue(), to.getValue());
        grid.setItems(q -> log.find(filter, Window.of(q.getOffset(), q.getLimit())).stream(),
                q -> (int) log.count(filter));
    }

    private Span maskBadge(PersonalDataAccess entry) {
        Span badge = new Span(getTranslation(entry.unmasked() ? "personalData.log.unmasked" : "personalData.log.masked"));
        badge.getElement().getThemeList().add(entry.unmasked() ? "badge error" : "badge contrast");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("personalData.log.title") + " · " + getTranslation("app.name");
    }
}
