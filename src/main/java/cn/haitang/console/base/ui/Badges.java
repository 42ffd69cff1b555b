package cn.haitang.console.base.ui;

import com.vaadin.flow.component.html.Span;

/** State badges in the console's tones (Lumo's badge theme, no add-on). */
public final class Badges {

    /** The tone says how the state should feel: done, needs attention, in progress, neutral. */
    public enum Tone {
        NEUTRAL(""), SUCCESS("success"), WARNING("warning"), ERROR("error"), CONTRAST("contrast"), PRIMARY("primary");

        private final String theme;

        Tone(String theme) {
            this.theme = theme;
        }
    }

    private Badges() {
    }

    public static Span badge(String text, Tone tone) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(tone.theme.isEmpty() ? "badge" : "badge " + tone.theme);
        badge.addClassName("ht-badge");
        return badge;
    }
}
