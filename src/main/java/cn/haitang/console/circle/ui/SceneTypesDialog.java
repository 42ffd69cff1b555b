package cn.haitang.console.circle.ui;

import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.circle.SceneService;
import cn.haitang.console.circle.SceneTypeRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

/** The city's list of scene types: the admin adds one at a time, the list shows what is there. */
class SceneTypesDialog extends FormDialog {

    final Grid<SceneTypeRow> list;
    final TextField name;

    SceneTypesDialog(SceneService scenes, Runnable onSaved) {
        super(CircleUi.t("circle.type.list"));
        list = CircleUi.grid(this);
        list.addColumn(SceneTypeRow::name).setHeader(getTranslation("circle.type.name"));
        list.setItems(scenes.types());
        list.setHeight("260px");
        form().add(list);
        form().setColspan(list, 2);
        name = text("name", "circle.type.new", 32, Need.REQUIRED);
        enterSaves(name);
        stayOpenAfterSave();
        onSave(() -> {
            scenes.createType(name.getValue());
            return getTranslation("circle.type.saved", name.getValue());
        }, () -> {
            name.clear();
            list.setItems(scenes.types());
            onSaved.run();
        });
    }
}
