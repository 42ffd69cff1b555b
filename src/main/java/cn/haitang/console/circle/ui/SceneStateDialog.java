package cn.haitang.console.circle.ui;

import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.circle.SceneRow;
import cn.haitang.console.circle.SceneService;
import cn.haitang.console.circle.SceneState;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Moves a scene to its next state; pausing and closing ask for the reason, which the history keeps. */
class SceneStateDialog extends FormDialog {

    final TextArea reason;

    SceneStateDialog(SceneService scenes, SceneRow row, SceneState next, Runnable onSaved) {
        super(CircleUi.t("circle.state.to." + next.name()));
        Paragraph text = new Paragraph(getTranslation("circle.state.confirm", row.name(), getTranslation(next.messageKey())));
        form().add(text);
        form().setColspan(text, 2);
        reason = textArea("reason", "circle.history.reason", 200, next.needsReason() ? Need.REQUIRED : Need.OPTIONAL);
        form().setColspan(reason, 2);
        if (next == SceneState.CLOSED) {
            saveButton().addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
        }
        onSave(() -> {
            scenes.changeState(row.id(), row.version(), next, reason.getValue());
            return getTranslation("circle.state.changed", row.name(), getTranslation(next.messageKey()));
        }, onSaved);
    }
}
