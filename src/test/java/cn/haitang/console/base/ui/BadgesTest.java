package cn.haitang.console.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadgesTest {

    @Test
    void aBadgeAsMarkupEscapesItsTextAndKeepsTheTone() {
        assertThat(Badges.html("<img src=x onerror=alert(1)>逾期", Badges.Tone.ERROR))
                .isEqualTo("<span class=\"ht-badge\" theme=\"badge error\">&lt;img src=x onerror=alert(1)&gt;逾期</span>");
        assertThat(Badges.html("待办", Badges.Tone.NEUTRAL)).contains("theme=\"badge\"");
    }

    @Test
    void aBadgeColumnSendsTheBadgesTextAndToneInsteadOfAComponent() {
        var renderer = Badges.renderer((String state) -> state.isEmpty() ? new com.vaadin.flow.component.html.Span()
                : Badges.badge(state, Badges.Tone.WARNING));
        assertThat(renderer.getValueProviders().get("text").apply("待验收")).isEqualTo("待验收");
        assertThat(renderer.getValueProviders().get("theme").apply("待验收")).isEqualTo("badge warning");
        assertThat(renderer.getValueProviders().get("text").apply("")).as("no badge: nothing shown").isEqualTo("");
    }
}
