package cn.haitang.console.pairing.ui;

import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/**
 * The town → community → institution filters the pairing lists share: the towns the caller may see,
 * a town's communities once it is chosen, every change refreshing the list.
 */
final class AreaFilters {

    private AreaFilters() {
    }

    /** Returns the towns offered, so a view can preselect a coordinator's only town. */
    static List<TownRef> wire(Component view, RegionService region, PairingService pairing, ComboBox<TownRef> town,
                     ComboBox<CommunityRef> community, ComboBox<Named> institution, Runnable refresh) {
        town.setLabel(view.getTranslation("pairing.town"));
        town.setPlaceholder(view.getTranslation("pairing.allTowns"));
        List<TownRef> towns = region.townsInScope();
        town.setItems(towns);
        town.setItemLabelGenerator(TownRef::name);
        town.setClearButtonVisible(true);
        town.addValueChangeListener(e -> {
            community.clear();
            community.setItems(e.getValue() == null ? List.of() : region.communitiesOf(e.getValue().id()));
            refresh.run();
        });
        community.setLabel(view.getTranslation("pairing.community"));
        community.setPlaceholder(view.getTranslation("pairing.allCommunities"));
        community.setItemLabelGenerator(CommunityRef::name);
        community.setClearButtonVisible(true);
        community.addValueChangeListener(e -> refresh.run());
        institution.setLabel(view.getTranslation("pairing.institution"));
        institution.setPlaceholder(view.getTranslation("pairing.allInstitutions"));
        institution.setItems(pairing.institutionOptions());
        institution.setItemLabelGenerator(Named::name);
        institution.setClearButtonVisible(true);
        institution.addValueChangeListener(e -> refresh.run());
        return towns;
    }
}
