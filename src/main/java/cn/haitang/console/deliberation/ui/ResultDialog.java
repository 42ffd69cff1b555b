package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.deliberation.TopicRow;
import cn.haitang.console.deliberation.TopicService;
import com.vaadin.flow.component.textfield.TextArea;

/** Records the community's result of a topic handed to it (which takes it off the overdue list). */
final class ResultDialog {

    private ResultDialog() {
    }

    static FormDialog open(TopicService topics, TopicRow topic, Runnable onSaved) {
        FormDialog dialog = new FormDialog(DelibUi.t("delib.topic.recordResult") + "：" + topic.title());
        TextArea result = dialog.textArea("result", "delib.topic.result", 1000, FormDialog.Need.REQUIRED);
        dialog.onSave(() -> {
            topics.recordResult(topic.id(), topic.version(), result.getValue());
            return dialog.getTranslation("delib.saved");
        }, onSaved);
        dialog.open();
        return dialog;
    }
}
