package cn.haitang.console.governance.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.governance.PropertyCompanyForm;
import cn.haitang.console.governance.PropertyCompanyRow;
import cn.haitang.console.governance.PropertyCompanyService;
import cn.haitang.console.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The registry of property companies: everyone in an area reads it, the city admin maintains it. */
@Route("governance/companies")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 33, icon = "vaadin:office", title = "nav.gov.companies")
class PropertyCompaniesView extends Main implements HasDynamicTitle {

    private final PropertyCompanyService companies;
    final TextField search = new TextField();
    final Button create;
    final Grid<PropertyCompanyRow> grid = new Grid<>();
    private volatile @Nullable String filter;

    PropertyCompaniesView(PropertyCompanyService companies, CurrentUser currentUser) {
        this.companies = companies;
        boolean admin = currentUser.scope().isAdmin();
        addClassName("ht-view");
        search.setPlaceholder(getTranslation("gov.company.search"));
        search.setAriaLabel(getTranslation("gov.company.search"));
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
            grid.addComponentColumn(this::actions)
                    .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
            grid.addItemDoubleClickListener(e -> openForm(e.getItem()));
        }
        PhoneGrid.cards(grid, grid.addComponentColumn(c -> PhoneGrid.card(c.name(),
                new Object[] {getTranslation("gov.company.served") + " " + c.compoundsServed(), c.creditCode()},
                c.contactPerson() + " " + c.contactPhone(), admin ? actions(c) : null))
                .setHeader(getTranslation("gov.company.name")));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.setSizeFull();
        refresh();
        add(new ViewToolbar(getTranslation("nav.gov.companies"), ViewToolbar.group(search,
                Downloads.excel(this, "property-companies.xlsx", this::export), create)), grid);
    }

    private com.vaadin.flow.component.Component actions(PropertyCompanyRow c) {
        return GovUi.actions(GovUi.iconButton(this, VaadinIcon.EDIT, "action.edit", () -> openForm(c)),
                GovUi.iconButton(this, VaadinIcon.TRASH, "gov.delete", () -> confirmDelete(c)));
    }

    void refresh() {
        filter = search.getValue();
        String current = filter;
        GovUi.lazy(grid, page -> companies.companies(current, page), () -> companies.countCompanies(current));
    }

    CompanyDialog openForm(@Nullable PropertyCompanyRow row) {
        return GovUi.open(new CompanyDialog(row));
    }

    void confirmDelete(PropertyCompanyRow company) {
        Confirm.ask(getTranslation("gov.company.delete.title", company.name()), getTranslation("gov.company.delete.text"),
                getTranslation("gov.delete"), () -> GovUi.run(() -> companies.deleteCompany(company.id(), company.version()),
                        getTranslation("gov.company.deleted", company.name()), this::refresh));
    }

    void export(OutputStream out) {
        String current = filter;
        GovUi.export(out, getLocale(), "nav.gov.companies", List.of("gov.company.name", "gov.company.creditCode",
                "gov.company.contactPerson", "gov.company.contactPhone", "gov.company.served"),
                page -> companies.companies(current, page),
                c -> new Object[] {c.name(), c.creditCode(), c.contactPerson(), c.contactPhone(), c.compoundsServed()});
    }

    /** Registers or edits a company; the service's refusals land at their fields. */
    class CompanyDialog extends FormDialog {
        final TextField name = text("name", "gov.company.name", 100, Need.REQUIRED);
        final TextField creditCode = text("creditCode", "gov.company.creditCode", 18, Need.REQUIRED);
        final TextField contactPerson = text("contactPerson", "gov.company.contactPerson", 32, Need.REQUIRED);
        final TextField contactPhone = text("contactPhone", "gov.company.contactPhone", 20, Need.REQUIRED);

        CompanyDialog(@Nullable PropertyCompanyRow existing) {
            super(GovUi.t(existing == null ? "gov.company.new" : "gov.company.edit"));
            creditCode.setHelperText("91320581MA1XXXXXXX");
            if (existing != null) {
                name.setValue(existing.name());
                creditCode.setValue(existing.creditCode());
                contactPerson.setValue(existing.contactPerson());
                contactPhone.setValue(existing.contactPhone());
            }
            name.focus();
            onSave(() -> {
                PropertyCompanyForm form = new PropertyCompanyForm(name.getValue(), creditCode.getValue(),
                        contactPerson.getValue(), contactPhone.getValue());
                if (existing == null) {
                    companies.createCompany(form);
                } else {
                    companies.updateCompany(existing.id(), existing.version(), form);
                }
                return getTranslation("gov.company.saved", name.getValue().strip());
            }, PropertyCompaniesView.this::refresh);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.gov.companies") + " · " + getTranslation("app.name");
    }
}
