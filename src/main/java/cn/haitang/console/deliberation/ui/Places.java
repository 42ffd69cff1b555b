package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The community → compound choice of a form, from the areas the caller may see. */
final class Places {

    private Places() {
    }

    /** Every community in the caller's area, named with its town when there are several towns. */
    static List<Area> communities(AreaDirectory areas) {
        List<Area> towns = areas.townsInScope();
        List<Area> all = new ArrayList<>();
        for (Area town : towns) {
            for (Area c : areas.communitiesOf(town.id())) {
                all.add(towns.size() > 1 ? new Area(c.id(), town.name() + " · " + c.name()) : c);
            }
        }
        return all;
    }

    /** Links a community combo to its compound combo. */
    static void chain(AreaDirectory areas, ComboBox<Area> community, ComboBox<Area> compound) {
        community.addValueChangeListener(e -> {
            compound.clear();
            compound.setItems(e.getValue() == null ? List.of() : areas.compoundsOf(e.getValue().id()));
        });
    }

    static void select(ComboBox<Area> box, @Nullable Long id) {
        if (id != null) {
            box.getListDataView().getItems().filter(a -> Objects.equals(a.id(), id)).findFirst().ifPresent(box::setValue);
        }
    }

    static @Nullable Long id(ComboBox<Area> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }
}
