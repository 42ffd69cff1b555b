package cn.haitang.console.governance.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.region.CompoundPageTab;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The governance tabs of one compound (committee and vetting, property, coordination meetings), reachable
 * before the full compound page exists; a picker jumps to any compound of the caller's area.
 */
@Route("governance/compound/:id?")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 34, icon = "vaadin:building", title = "nav.gov.compound")
class CompoundGovernanceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GovernanceService governance;
    private final RegionService regions;
    private final List<CompoundPageTab> tabs;
    final ComboBox<CompoundRef> picker = new ComboBox<>();
    final Paragraph where = new Paragraph();
    final TabSheet sheet = new TabSheet();
    private @Nullable CompoundRef compound;

    CompoundGovernanceView(GovernanceService governance, RegionService regions, List<CompoundPageTab> allTabs) {
        this.governance = governance;
        this.regions = regions;
        // only this feature's tabs (the full compound page collects everybody's)
        this.tabs = allTabs.stream().filter(t -> t.titleKey().startsWith("gov."))
                .sorted(Comparator.comparingInt(CompoundPageTab::order)).toList();
        addClassName("ht-view");
        picker.setPlaceholder(getTranslation("gov.pickCompound"));
        picker.setItems(query -> governance.findCompounds(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        picker.setItemLabelGenerator(c -> c.name() + " · " + c.townName() + " " + c.communityName());
        picker.setWidth("22em");
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                open(e.getValue().id());
            }
        });
        where.setId("gov-compound-where");
        where.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        sheet.setWidthFull();
        add(new ViewToolbar(getTranslation("nav.gov.compound"), ViewToolbar.group(picker)), where, sheet);
    }

    /** Opens the governance tabs of a compound (from a list's row). */
    static void open(long compoundId) {
        UI.getCurrent().navigate(CompoundGovernanceView.class, new RouteParameters("id", String.valueOf(compoundId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse(null);
        show(id == null ? null : parse(id));
    }

    private static @Nullable Long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void show(@Nullable Long compoundId) {
        while (sheet.getTabCount() > 0) {
            sheet.remove(0);
        }
        compound = null;
        where.setText("");
        if (compoundId == null) {
            return;
        }
        try {
            compound = regions.compound(compoundId);
        } catch (RuleViolationException e) {
            where.setText(RuleViolations.message(e));
            return;
        }
        where.setText(getTranslation("gov.compound.where", compound.name(), compound.townName(), compound.communityName()));
        picker.setValue(compound);
        for (CompoundPageTab tab : tabs) {
            sheet.add(getTranslation(tab.titleKey()), tab.create(compound));
        }
    }

    @Nullable CompoundRef compound() {
        return compound;
    }

    @Override
    public String getPageTitle() {
        return (compound == null ? getTranslation("nav.gov.compound")
                : getTranslation("gov.compound.title", compound.name())) + " · " + getTranslation("app.name");
    }
}
