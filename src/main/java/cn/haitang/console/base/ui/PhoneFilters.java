package cn.haitang.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/**
 * A list's filters that fold into one button on a phone (under 600 px): "筛选（2）" says how many are set,
 * a tap unfolds them. On a wider screen the button is hidden and the filters show as they are (CSS).
 */
public final class PhoneFilters extends Div {

    final Button toggle = new Button();
    private final List<HasValue<?, ?>> fields = new ArrayList<>();

    /** Wraps a filter group (e.g. {@link ViewToolbar#group}); every field in it counts when it has a value. */
    public PhoneFilters(Component filters) {
        addClassName("ht-phone-filters");
        filters.addClassName("ht-filters");
        collect(filters);
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        toggle.addClassName("ht-filter-toggle");
        toggle.addClickListener(e -> setOpen(!isOpen()));
        fields.forEach(f -> f.addValueChangeListener(e -> update()));
        add(toggle, filters);
        update();
    }

    private void collect(Component component) {
        if (component instanceof HasValue<?, ?> field) {
            fields.add(field);
            return;
        }
        component.getChildren().forEach(this::collect);
    }

    /** How many of the filters are set (a search text counts). */
    public long activeCount() {
        return fields.stream().filter(f -> !f.isEmpty() && !Boolean.FALSE.equals(f.getValue())).count();
    }

    public boolean isOpen() {
        return hasClassName("ht-filters-open");
    }

    public void setOpen(boolean open) {
        setClassName("ht-filters-open", open);
    }

    private void update() {
        long active = activeCount();
        toggle.setText(active == 0 ? getTranslation("filters.toggle") : getTranslation("filters.toggle.count", active));
    }

    /** The button's text, for tests. */
    public String toggleText() {
        return toggle.getText();
    }
}
