package cn.haitang.console.accreditation.ui;

import cn.haitang.console.accreditation.AppState;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;

/** Small shared pieces of the accreditation views. */
final class Ui {

    private Ui() {
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    static Span stateBadge(AppState state) {
        Span badge = new Span(t(state.messageKey()));
        String theme = switch (state) {
            case ACCREDITED, APPROVED -> "badge success";
            case REJECTED, REJECTED_AFTER_OBJECTION, REVOKED -> "badge error";
            case IN_NOTICE, SCORED -> "badge";
            case EXPIRED, SENT_BACK -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    static Button primary(String key, Runnable action) {
        Button b = new Button(t(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
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
     * A dialog that asks for a reason (or other text) and calls {@code action} with it; a refusal from
     * the service shows at the text field and keeps the dialog open.
     */
    static ReasonDialog askReason(String titleKey, String labelKey, String confirmKey, Consumer<String> action) {
        ReasonDialog dialog = new ReasonDialog(titleKey, labelKey, confirmKey, action);
        dialog.open();
        return dialog;
    }

    static final class ReasonDialog extends Dialog {
        final TextArea reason = new TextArea();
        final Button confirm;

        ReasonDialog(String titleKey, String labelKey, String confirmKey, Consumer<String> action) {
            setHeaderTitle(t(titleKey));
            reason.setLabel(t(labelKey));
            reason.setWidth("28rem");
            reason.setMaxLength(500);
            reason.setRequiredIndicatorVisible(true);
            reason.setId("accr-reason");
            add(reason);
            confirm = primary(confirmKey, () -> {
                try {
                    action.accept(reason.getValue());
                    close();
                } catch (RuleViolationException e) {
                    RuleViolations.show(e, Map.of("reason", reason, "resolution", reason, "content", reason));
                }
            });
            getFooter().add(button("action.cancel", this::close), confirm);
            reason.focus();
        }
    }

    static Component labelled(String labelKey, Component value) {
        Span label = new Span(t(labelKey));
        label.addClassName("ht-field-label");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("min-width", "8rem");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout row =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(label, value);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return row;
    }

    static Component labelled(String labelKey, String value) {
        return labelled(labelKey, new Span(value));
    }
}
