package cn.haitang.console.accreditation.ui;

import cn.haitang.console.accreditation.AppState;
import cn.haitang.console.accreditation.ApplicationService;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Badges.Tone;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.function.Consumer;
import org.springframework.data.domain.Sort;

/** Small pieces the accreditation views share (the console-wide ones are in {@code base.ui}). */
final class Ui {

    private Ui() {
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static Span stateBadge(AppState state) {
        Tone tone = switch (state) {
            case ACCREDITED, APPROVED -> Tone.SUCCESS;
            case REJECTED, REJECTED_AFTER_OBJECTION, REVOKED -> Tone.ERROR;
            case EXPIRED, SENT_BACK -> Tone.CONTRAST;
            default -> Tone.NEUTRAL;
        };
        return Badges.badge(t(state.messageKey()), tone);
    }

    /** A badge of an assignment's state (assigned, draft, submitted, recused, suspended). */
    static Span assignmentBadge(String state) {
        Tone tone = switch (state) {
            case "SUBMITTED" -> Tone.SUCCESS;
            case "RECUSED" -> Tone.CONTRAST;
            case "SUSPENDED" -> Tone.WARNING;
            default -> Tone.NEUTRAL;
        };
        return Badges.badge(t("accreditation.assignment." + state), tone);
    }

    /** A grid's sort as the services take it, for an export in the order the user sees. */
    static Sort sortOf(Grid<?> grid) {
        return Sort.by(grid.getSortOrder().stream().flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .map(o -> o.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted()))
                .toList());
    }

    static Button button(String key, Runnable action) {
        return new Button(t(key), e -> action.run());
    }

    /** A small red bin for a grid row: removes after the caller's confirmation. */
    static Button removeButton(Runnable confirmRemove) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(t("accr.calendar.remove"));
        remove.setTooltipText(t("accr.calendar.remove"));
        return remove;
    }

    /** Runs a service call; a refusal shows as a notification. True when it succeeded. */
    static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
            return false;
        }
    }

    /**
     * A form that asks for a reason and calls {@code action} with it; a refusal from the service shows at
     * the text (the service names it {@code reason}).
     */
    static ReasonDialog askReason(String titleKey, String labelKey, String confirmKey, Consumer<String> action) {
        return askReason(titleKey, labelKey, confirmKey, "reason", action);
    }

    /** {@link #askReason} for a service that names the text otherwise (an objection's resolution). */
    static ReasonDialog askReason(String titleKey, String labelKey, String confirmKey, String field,
                                  Consumer<String> action) {
        ReasonDialog dialog = new ReasonDialog(titleKey, labelKey, confirmKey, field, action);
        dialog.open();
        return dialog;
    }

    static final class ReasonDialog extends FormDialog {
        final TextArea reason;
        final Button confirm = saveButton();

        ReasonDialog(String titleKey, String labelKey, String confirmKey, String field, Consumer<String> action) {
            super(t(titleKey));
            reason = textArea(field, labelKey, ApplicationService.REASON_LENGTH, Need.REQUIRED);
            reason.setId("accr-reason");
            confirm.setText(t(confirmKey));
            setWidth("32rem");
            onSave(() -> {
                action.accept(reason.getValue());
                return "";
            }, () -> { });
            reason.focus();
        }
    }

    static Component labelled(String labelKey, Component value) {
        Span label = new Span(t(labelKey));
        label.addClassName("ht-field-label");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("min-width", "8rem");
        HorizontalLayout row = new HorizontalLayout(label, value);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    static Component labelled(String labelKey, String value) {
        return labelled(labelKey, new Span(value));
    }
}
