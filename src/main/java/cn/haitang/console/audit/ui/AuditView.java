package cn.haitang.console.audit.ui;

import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.audit.AuditEntry;
import cn.haitang.console.audit.AuditFilter;
import cn.haitang.console.audit.AuditService;
import cn.haitang.console.audit.FieldChange;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** The audit trail for city admins: who changed what and when, filterable, with each change's details. */
@Route("admin/audit")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 91, icon = "vaadin:records", title = "nav.audit")
public class AuditView extends Main implements HasDynamicTitle {

    private final AuditService audit;
    final TextField username = new TextField();
    final ComboBox<String> entityType = new ComboBox<>();
    final DatePicker from;
    final DatePicker to;
    final Grid<AuditEntry> grid = new Grid<>();

    public AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("ht-view");
        username.setPlaceholder(getTranslation("audit.user"));
        username.setPrefixComponent(VaadinIcon.USER.create());
        username.setClearButtonVisible(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.addValueChangeListener(e -> refresh());
        entityType.setPlaceholder(getTranslation("audit.allTypes"));
        entityType.setItems(audit.entityTypes());
        entityType.setItemLabelGenerator(this::entityName);
        entityType.setClearButtonVisible(true);
        entityType.addValueChangeListener(e -> refresh());
        from = LocalizedFields.datePicker(this, "filter.from");
        to = LocalizedFields.datePicker(this, "filter.to");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        var time = grid.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader(getTranslation("audit.time"))
                .setSortProperty("occurredAt").setAutoWidth(true);
        grid.addColumn(AuditEntry::getUsername).setHeader(getTranslation("audit.user")).setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.getAction().messageKey())).setHeader(getTranslation("audit.action"))
                .setSortProperty("action").setAutoWidth(true);
        grid.addColumn(e -> entityName(e.getEntityType())).setHeader(getTranslation("audit.entityType"))
                .setSortProperty("entityType").setAutoWidth(true);
        grid.addColumn(AuditEntry::getEntityId).setHeader(getTranslation("audit.entityId")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getSummary).setHeader(getTranslation("audit.summary")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.sort(List.of(new GridSortOrder<>(time, SortDirection.DESCENDING)));
        grid.addItemClickListener(e -> showDetail(e.getItem()));
        PhoneGrid.cards(grid, grid.addComponentColumn(e -> PhoneGrid.card(
                getTranslation(e.getAction().messageKey()) + " · " + entityName(e.getEntityType()) + " " + e.getEntityId(),
                Formats.dateTime(e.getOccurredAt()) + " · " + e.getUsername(), e.getSummary()))
                .setHeader(getTranslation("audit.summary")));
        grid.setSizeFull();
        refresh();
        add(new ViewToolbar(getTranslation("nav.audit"), new PhoneFilters(ViewToolbar.group(username, entityType, from, to))), grid);
    }

    void refresh() {
        to.setInvalid(false);
        AuditFilter filter = new AuditFilter(username.getValue(), entityType.getValue(), null, from.getValue(), to.getValue());
        try {
            audit.count(filter);
        } catch (RuleViolationException e) {
            RuleViolations.show(e, Map.of("to", to));
            return;
        }
        grid.setItems(q -> audit.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) audit.count(filter));
    }

    Dialog showDetail(AuditEntry entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("audit.detail", getTranslation(entry.getAction().messageKey()),
                entityName(entry.getEntityType()), entry.getEntityId()));
        Paragraph meta = new Paragraph(getTranslation("audit.detail.meta", entry.getUsername(),
                Formats.dateTime(entry.getOccurredAt())));
        Grid<FieldChange> changes = new Grid<>();
        changes.addColumn(FieldChange::field).setHeader(getTranslation("audit.field")).setAutoWidth(true);
        changes.addColumn(c -> c.before() == null ? "—" : c.before()).setHeader(getTranslation("audit.before"));
        changes.addColumn(c -> c.after() == null ? "—" : c.after()).setHeader(getTranslation("audit.after"));
        changes.setItems(audit.changesOf(entry));
        changes.setAllRowsVisible(true);
        changes.setWidth("min(720px, 90vw)");
        dialog.add(meta, changes);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }

    private String entityName(String type) {
        return Translations.find("entity." + type, getLocale()).orElse(type);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " · " + getTranslation("app.name");
    }
}
