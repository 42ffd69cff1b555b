package cn.haitang.console.region.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.region.CompoundPageTab;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One compound with its tabs, collected from every feature's {@link CompoundPageTab} bean. The scope
 * is checked on the id in the address: a coordinator opening another town's compound is refused.
 */
@Route("compound")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
public class CompoundPageView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final RegionService region;
    private final List<CompoundPageTab> tabs;
    final TabSheet sheet = new TabSheet();
    @Nullable CompoundRef compound;

    public CompoundPageView(RegionService region, List<CompoundPageTab> tabs) {
        this.region = region;
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(CompoundPageTab::order)).toList();
        addClassName("ht-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        try {
            compound = region.compound(id);
        } catch (RuleViolationException e) {
            compound = null;
            add(new ViewToolbar(getTranslation("error.accessDenied.title")), new Paragraph(RuleViolations.message(e)));
            return;
        }
        Span where = new Span(getTranslation("compound.page.where", compound.townName(), compound.communityName()));
        for (CompoundPageTab tab : tabs) {
            sheet.add(getTranslation(tab.titleKey()), tab.create(compound));
        }
        sheet.setWidthFull();
        add(new ViewToolbar(getTranslation("compound.page.title", compound.name()), where), sheet);
        getStyle().set("padding-bottom", "var(--lumo-space-l)");
    }

    @Override
    public String getPageTitle() {
        return (compound == null ? "" : getTranslation("compound.page.title", compound.name()) + " · ")
                + getTranslation("app.name");
    }
}
