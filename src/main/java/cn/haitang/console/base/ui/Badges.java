package cn.haitang.console.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;

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

    /**
     * The same badge as markup, for a card drawn as one element ({@code innerHTML}) instead of a tree of
     * components, each kept in the session; the text is escaped.
     */
    public static String html(String text, Tone tone) {
        return "<span class=\"ht-badge\" theme=\"" + (tone.theme.isEmpty() ? "badge" : "badge " + tone.theme) + "\">"
                + org.jsoup.nodes.Entities.escape(text) + "</span>";
    }

    /**
     * A grid column's badges drawn by the browser from two values a row (its text and tone) instead of a badge
     * component a row kept in the session for every row shown; {@code badge} is the column's usual badge,
     * read for its text and theme. A row without a badge (an empty text) shows nothing.
     */
    public static <T> LitRenderer<T> renderer(SerializableFunction<T, ? extends Component> badge) {
        return LitRenderer.<T>of("<span class=\"ht-badge\" theme=\"${item.theme}\" ?hidden=${!item.text}>${item.text}</span>")
                .withProperty("text", row -> badge.apply(row).getElement().getText())
                .withProperty("theme", row -> {
                    String theme = badge.apply(row).getElement().getAttribute("theme");
                    return theme == null ? "" : theme;
                });
    }
}
