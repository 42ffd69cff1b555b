package cn.haitang.console.deliberation.ui;

import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.deliberation.SessionRow;
import cn.haitang.console.deliberation.TopicOutcome;
import cn.haitang.console.deliberation.TopicRow;
import cn.haitang.console.deliberation.TopicService;
import cn.haitang.console.pairing.MatterCategory;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Decides a topic's outcome: answered on the spot (the answer), handed to the community (a due date), escalated to
 * a consultation (the compound, for a community's platform), published to the 海棠有约 board (the matter's category)
 * or not taken up (the reason). Only the chosen outcome's field shows; the service says what is missing.
 */
class TopicDialog extends FormDialog {

    final Select<TopicOutcome> outcome;
    final TextArea answer;
    final DatePicker dueOn;
    final Select<MatterCategory> category;
    final ComboBox<Area> compound;
    final TextArea reason;

    TopicDialog(TopicService topics, AreaDirectory areas, SessionRow session, TopicRow topic, LocalDate today, Runnable onSaved) {
        super(DelibUi.t("delib.topic.decide") + "：" + topic.title());
        boolean sessionHasCompound = session.compoundId() != null;
        long communityId = session.communityId();
        List<TopicOutcome> choices = List.of(TopicOutcome.ON_SPOT, TopicOutcome.COMMUNITY, TopicOutcome.CONSULTATION,
                TopicOutcome.BOARD, TopicOutcome.NOT_TAKEN);
        outcome = select("outcome", "delib.topic.outcome", choices, o -> getTranslation(o.messageKey()), Need.REQUIRED);
        answer = textArea("result", "delib.topic.answer", 1000, Need.OPTIONAL);
        dueOn = date("dueOn", "delib.topic.dueOn", session.heldOn(), session.heldOn().plusDays(366), Need.OPTIONAL);
        category = select("category", "delib.topic.category", List.of(MatterCategory.values()),
                c -> getTranslation(c.messageKey()), Need.OPTIONAL);
        compound = combo("compoundId", "delib.compound", sessionHasCompound ? List.of() : areas.compoundsOf(communityId),
                Area::name, Need.OPTIONAL);
        reason = textArea("reason", "delib.topic.reason", 500, Need.OPTIONAL);
        outcome.addValueChangeListener(e -> show(e.getValue(), sessionHasCompound));
        show(null, sessionHasCompound);
        dueOn.setValue(today.plusDays(30).isBefore(session.heldOn()) ? session.heldOn() : today.plusDays(30));
        onSave(() -> {
            long v = topic.version();
            long id = topic.id();
            switch (Objects.requireNonNull(outcome.getValue())) {
                case ON_SPOT -> topics.answerOnSpot(id, v, answer.getValue());
                case COMMUNITY -> topics.handToCommunity(id, v, dueOn.getValue());
                case CONSULTATION -> {
                    topics.escalate(id, v, Places.id(compound));
                    return getTranslation("delib.topic.escalated");
                }
                case BOARD -> {
                    topics.sendToBoard(id, v, category.getValue());
                    return getTranslation("delib.topic.sentToBoard", topic.title());
                }
                case NOT_TAKEN -> topics.notTaken(id, v, reason.getValue());
                default -> throw new IllegalStateException();
            }
            return getTranslation("delib.saved");
        }, onSaved);
    }

    private void show(@org.jspecify.annotations.Nullable TopicOutcome chosen, boolean sessionHasCompound) {
        answer.setVisible(chosen == TopicOutcome.ON_SPOT);
        dueOn.setVisible(chosen == TopicOutcome.COMMUNITY);
        category.setVisible(chosen == TopicOutcome.BOARD);
        compound.setVisible(chosen == TopicOutcome.CONSULTATION && !sessionHasCompound);
        reason.setVisible(chosen == TopicOutcome.NOT_TAKEN);
    }
}
