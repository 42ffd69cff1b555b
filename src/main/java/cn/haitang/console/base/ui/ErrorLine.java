package cn.haitang.console.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** The line under a list of rows (criteria, opening hours, people) where the service's refusal of the whole list is said. */
public final class ErrorLine extends Span implements HasValidation {

    public ErrorLine() {
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        if (!invalid) {
            setText("");
        }
    }

    @Override
    public boolean isInvalid() {
        return !getText().isEmpty();
    }
}
