package cn.haitang.console.region.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.region.CompoundPageTab;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one page of a compound, with every feature's tabs, collected from their {@link CompoundPageTab}
 * beans. {@code ?tab=<title key>} opens a given tab (a list of disputes opens the property tab). The
 * scope is checked on the id in the address: a coordinator opening another town's compound is refused.
 */
@Route("compound")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
public class CompoundPageView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    public static final String TAB_PARAMETER = "tab";

    private final RegionService region;
    private final List<CompoundPageTab> tabs;
    final TabSheet sheet = new TabSheet();
    final Paragraph refusal = new Paragraph();
    @Nullable CompoundRef compound;

    public CompoundPageView(RegionService region, List<CompoundPageTab> tabs) {
        this.region = region;
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(CompoundPageTab::order)).toList();
        addClassName("ht-view");
        addClassName("ht-compound-page");
        refusal.setId("compound-refusal");
    }

    /** Opens a compound's page at the tab with this title key (any feature's list links here). */
    public static void open(long compoundId, @Nullable String tabKey) {
        UI.getCurrent().navigate("compound/" + compoundId,
                tabKey == null ? QueryParameters.empty() : QueryParameters.of(TAB_PARAMETER, tabKey));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        while (sheet.getTabCount() > 0) {
            sheet.remove(0);
        }
        try {
            compound = region.compound(id);
        } catch (RuleViolationException e) {
            compound = null;
            refusal.setText(RuleViolations.message(e));
            add(new ViewToolbar(getTranslation("error.accessDenied.title")), refusal);
            return;
        }
        Span where = new Span(getTranslation("compound.page.where", compound.townName(), compound.communityName()));
        where.addClassName("ht-compound-where");
        String wanted = event.getLocation().getQueryParameters().getSingleParameter(TAB_PARAMETER).orElse(null);
        for (CompoundPageTab tab : tabs) {
            var added = sheet.add(getTranslation(tab.titleKey()), tab.create(compound));
            if (tab.titleKey().equals(wanted)) {
                sheet.setSelectedTab(added);
            }
        }
        sheet.setWidthFull();
        add(new ViewToolbar(getTranslation("compound.page.title", compound.name()), where), sheet);
        getStyle().set("padding-bottom", "var(--lumo-space-l)");
    }

    /** The tabs shown, for tests of the features that contribute them. */
    public TabSheet tabSheet() {
        return sheet;
    }

    public @Nullable CompoundRef compound() {
        return compound;
    }

    /** The refusal shown instead of the tabs, or "". */
    public String refusal() {
        return refusal.getText();
    }

    @Override
    public String getPageTitle() {
        return (compound == null ? "" : getTranslation("compound.page.title", compound.name()) + " · ")
                + getTranslation("app.name");
    }
}
