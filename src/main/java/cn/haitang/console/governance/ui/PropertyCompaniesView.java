package cn.haitang.console.governance.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.governance.PropertyCompanyForm;
import cn.haitang.console.governance.PropertyCompanyRow;
import cn.haitang.console.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The registry of property companies: everyone in an area reads it, the city admin maintains it. */
@Route("governance/companies")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 33, icon = "vaadin:office", title = "nav.gov.companies")
public class PropertyCompaniesView extends Main implements HasDynamicTitle {

    private final GovernanceService governance;
    private final boolean admin;
    final TextField search = new TextField();
    final Button create;
    final Grid<PropertyCompanyRow> grid = new Grid<>();
    private volatile @Nullable String filter;

    public PropertyCompaniesView(GovernanceService governance, CurrentUser currentUser) {
        this.governance = governance;
        this.admin = currentUser.scope().isAdmin();
        addClassName("ht-view");
        search.setPlaceholder(getTranslation("gov.company.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        create = GovUi.primary(this, VaadinIcon.PLUS, "gov.company.new", () -> openForm(null));
        create.setVisible(admin);

        grid.addColumn(PropertyCompanyRow::name).setHeader(getTranslation("gov.company.name")).setSortProperty("name")
                .setAutoWidth(true);
        grid.addColumn(PropertyCompanyRow::creditCode).setHeader(getTranslation("gov.company.creditCode"))
                .setSortProperty("creditCode").setAutoWidth(true);
        grid.addColumn(PropertyCompanyRow::contactPerson).setHeader(getTranslation("gov.company.contactPerson"))
                .setSortProperty("contactPerson").setAutoWidth(true);
        grid.addColumn(PropertyCompanyRow::contactPhone).setHeader(getTranslation("gov.company.contactPhone"))
                .setAutoWidth(true);
        grid.addColumn(PropertyCompanyRow::compoundsServed).setHeader(getTranslation("gov.company.served"))
                .setSortProperty("compoundsServed").setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(c -> {
                HorizontalLayout actions = new HorizontalLayout(
                        GovUi.iconButton(this, VaadinIcon.EDIT, "action.edit", () -> openForm(c)),
                        GovUi.iconButton(this, VaadinIcon.TRASH, "gov.delete", () -> confirmDelete(c)));
                actions.setSpacing(false);
                return actions;
            }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
            grid.addItemDoubleClickListener(e -> openForm(e.getItem()));
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        Anchor export = ExcelExport.link(this, "property-companies.xlsx", this::export);
        refresh();
        add(new ViewToolbar(getTranslation("nav.gov.companies"), ViewToolbar.group(search, export, create)), grid);
    }

    void refresh() {
        filter = search.getValue();
        String current = filter;
        grid.setItems(query -> governance.companies(current, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> governance.countCompanies(current));
    }

    CompanyDialog openForm(@Nullable PropertyCompanyRow row) {
        CompanyDialog dialog = new CompanyDialog(row);
        dialog.open();
        return dialog;
    }

    void confirmDelete(PropertyCompanyRow company) {
        Confirm.ask(getTranslation("gov.company.delete.title", company.name()), getTranslation("gov.company.delete.text"),
                getTranslation("gov.delete"), () -> {
                    try {
                        governance.deleteCompany(company.id(), company.version());
                        Notifications.success(getTranslation("gov.company.deleted", company.name()));
                    } catch (RuleViolationException e) {
                        Notifications.error(RuleViolations.message(e));
                    }
                    refresh();
                });
    }

    void export(OutputStream out) throws IOException {
        String current = filter;
        ExcelExport.write(out, getTranslation("nav.gov.companies"), List.of(getTranslation("gov.company.name"),
                getTranslation("gov.company.creditCode"), getTranslation("gov.company.contactPerson"),
                getTranslation("gov.company.contactPhone"), getTranslation("gov.company.served")), ExcelExport.allPages(page -> governance.companies(current, page),
                        (sink, c) -> sink.row(c.name(), c.creditCode(), c.contactPerson(), c.contactPhone(),
                                c.compoundsServed())));
    }

    class CompanyDialog extends FormDialog {
        final TextField name = new TextField(getTranslation("gov.company.name"));
        final TextField creditCode = new TextField(getTranslation("gov.company.creditCode"));
        final TextField contactPerson = new TextField(getTranslation("gov.company.contactPerson"));
        final TextField contactPhone = new TextField(getTranslation("gov.company.contactPhone"));
        private final @Nullable PropertyCompanyRow existing;

        CompanyDialog(@Nullable PropertyCompanyRow existing) {
            super(existing == null ? "gov.company.new" : "gov.company.edit", false);
            this.existing = existing;
            name.setMaxLength(100);
            creditCode.setMaxLength(18);
            creditCode.setHelperText("91320581MA1XXXXXXX");
            contactPerson.setMaxLength(32);
            contactPhone.setMaxLength(20);
            for (TextField f : List.of(name, creditCode, contactPerson, contactPhone)) {
                f.setRequiredIndicatorVisible(true);
            }
            field("name", name);
            field("creditCode", creditCode);
            field("contactPerson", contactPerson);
            field("contactPhone", contactPhone);
            if (existing != null) {
                name.setValue(existing.name());
                creditCode.setValue(existing.creditCode());
                contactPerson.setValue(existing.contactPerson());
                contactPhone.setValue(existing.contactPhone());
            }
            name.focus();
        }

        @Override
        void submit() {
            PropertyCompanyForm form = new PropertyCompanyForm(name.getValue(), creditCode.getValue(),
                    contactPerson.getValue(), contactPhone.getValue());
            if (existing == null) {
                governance.createCompany(form);
            } else {
                governance.updateCompany(existing.id(), existing.version(), form);
            }
            Notifications.success(getTranslation("gov.company.saved", name.getValue().trim()));
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.gov.companies") + " · " + getTranslation("app.name");
    }
}
