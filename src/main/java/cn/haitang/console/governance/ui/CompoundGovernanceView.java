package cn.haitang.console.governance.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.region.ui.CompoundPageView;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The old address of a compound's governance tabs: bookmarks and links sent around before the one compound
 * page existed land on that page, at the committee tab ({@code governance/compound/} alone: the compound list).
 */
@Route("governance/compound/:id?")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
class CompoundGovernanceView extends Main implements BeforeEnterObserver {

    static final String COMMITTEE_TAB = "gov.tab.committee";
    static final String PROPERTY_TAB = "gov.tab.property";

    /** Opens a compound's page at one of the governance tabs (from a list's row). */
    static void open(long compoundId, String tabKey) {
        CompoundPageView.open(compoundId, tabKey);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}")).orElse(null);
        if (id == null) {
            event.forwardTo("compounds");
        } else {
            event.forwardTo("compound/" + id, QueryParameters.of(CompoundPageView.TAB_PARAMETER, COMMITTEE_TAB));
        }
    }
}
