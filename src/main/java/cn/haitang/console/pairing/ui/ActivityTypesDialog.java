package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.pairing.ActivityService;
import cn.haitang.console.pairing.ActivityTypeRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** The admin-maintained list of activity types: a name too long is said at the field, never cut. */
class ActivityTypesDialog extends Dialog {

    private final ActivityService activities;
    private final Runnable onChange;
    final Grid<ActivityTypeRow> grid;
    final TextField name = new TextField();
    final Button add = new Button();

    ActivityTypesDialog(ActivityService activities, Runnable onChange) {
        this.activities = activities;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("pairing.activity.types"));
        setWidth("min(520px, 95vw)");
        grid = PairingUi.grid(this);
        grid.addColumn(ActivityTypeRow::name).setHeader(getTranslation("pairing.activity.type")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.unifiedDay() ? "pairing.activity.types.unified" : "pairing.none"))
                .setAutoWidth(true);
        grid.setHeight("300px");
        grid.setItems(activities.activityTypes());
        name.setPlaceholder(getTranslation("pairing.activity.types.new"));
        add.setText(getTranslation("pairing.activity.types.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addType());
        add(grid, new HorizontalLayout(name, add));
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    void addType() {
        name.setInvalid(false);
        try {
            activities.createActivityType(name.getValue());
            Notifications.success(getTranslation("pairing.activity.types.saved"));
            name.clear();
            grid.setItems(activities.activityTypes());
            onChange.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, Map.of("name", name));
        }
    }
}
