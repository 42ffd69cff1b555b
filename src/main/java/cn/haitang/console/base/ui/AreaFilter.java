package cn.haitang.console.base.ui;

import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The town → community → compound filter chain every list shares. It offers only what the caller may
 * see (a coordinator's own town is chosen and fixed), narrows each level to the one above, and calls
 * {@code onChange} once per user change. The service still applies the scope: this only offers choices.
 */
public final class AreaFilter {

    /** How deep the chain goes. */
    public enum Depth { TOWN, COMMUNITY, COMPOUND }

    private final AreaDirectory areas;
    private final ComboBox<Area> town = new ComboBox<>();
    private final ComboBox<Area> community = new ComboBox<>();
    private final ComboBox<Area> compound = new ComboBox<>();
    private final Depth depth;
    private final Runnable onChange;
    private boolean quiet;

    public AreaFilter(AreaDirectory areas, Depth depth, Runnable onChange) {
        this.areas = areas;
        this.depth = depth;
        this.onChange = onChange;
        UI ui = UI.getCurrent();
        setUp(town, ui.getTranslation("filter.town"), ui.getTranslation("filter.allTowns"));
        setUp(community, ui.getTranslation("filter.community"), ui.getTranslation("filter.allCommunities"));
        setUp(compound, ui.getTranslation("filter.compound"), ui.getTranslation("filter.allCompounds"));
        List<Area> towns = areas.townsInScope();
        town.setItems(towns);
        community.setEnabled(false);
        compound.setEnabled(false);
        town.addValueChangeListener(e -> {
            townChosen(e.getValue());
            changed();
        });
        community.addValueChangeListener(e -> {
            communityChosen(e.getValue());
            changed();
        });
        compound.addValueChangeListener(e -> changed());
        if (towns.size() == 1) {
            // a coordinator: their own town, nothing else to choose
            quiet = true;
            town.setValue(towns.getFirst());
            townChosen(towns.getFirst());
            quiet = false;
            town.setReadOnly(true);
        }
    }

    private static void setUp(ComboBox<Area> box, String label, String placeholder) {
        box.setLabel(label);
        box.setPlaceholder(placeholder);
        box.setItemLabelGenerator(Area::name);
        box.setClearButtonVisible(true);
        box.addClassName("ht-area-filter");
    }

    private void townChosen(@Nullable Area chosen) {
        boolean before = quiet;
        quiet = true;
        community.clear();
        compound.clear();
        compound.setItems(List.of());
        compound.setEnabled(false);
        community.setItems(chosen == null ? List.of() : areas.communitiesOf(chosen.id()));
        community.setEnabled(chosen != null);
        quiet = before;
    }

    private void communityChosen(@Nullable Area chosen) {
        boolean before = quiet;
        quiet = true;
        compound.clear();
        compound.setItems(chosen == null ? List.of() : areas.compoundsOf(chosen.id()));
        compound.setEnabled(chosen != null);
        quiet = before;
    }

    private void changed() {
        if (!quiet) {
            onChange.run();
        }
    }

    /** The fields to put in a toolbar, as deep as asked. */
    public List<Component> fields() {
        List<Component> list = new ArrayList<>(List.of(town));
        if (depth != Depth.TOWN) {
            list.add(community);
        }
        if (depth == Depth.COMPOUND) {
            list.add(compound);
        }
        return list;
    }

    public @Nullable Long townId() {
        return town.getValue() == null ? null : town.getValue().id();
    }

    public @Nullable Long communityId() {
        return community.getValue() == null ? null : community.getValue().id();
    }

    public @Nullable Long compoundId() {
        return compound.getValue() == null ? null : compound.getValue().id();
    }

    /** How many levels are chosen by the user (a coordinator's fixed town does not count). */
    public int activeCount() {
        int count = town.isReadOnly() || town.getValue() == null ? 0 : 1;
        return count + (community.getValue() == null ? 0 : 1) + (compound.getValue() == null ? 0 : 1);
    }

    /** Chooses a town (and community) programmatically, e.g. from a deep link, without extra refreshes. */
    public void select(@Nullable Long townId, @Nullable Long communityId) {
        quiet = true;
        try {
            if (!town.isReadOnly()) {
                Area chosen = town.getListDataView().getItems().filter(a -> Objects.equals(a.id(), townId)).findFirst()
                        .orElse(null);
                town.setValue(chosen);
                townChosen(chosen);
            }
            Area c = community.getListDataView().getItems().filter(a -> Objects.equals(a.id(), communityId))
                    .findFirst().orElse(null);
            community.setValue(c);
            communityChosen(c);
        } finally {
            quiet = false;
        }
        onChange.run();
    }

    public ComboBox<Area> townField() {
        return town;
    }

    public ComboBox<Area> communityField() {
        return community;
    }

    public ComboBox<Area> compoundField() {
        return compound;
    }
}
