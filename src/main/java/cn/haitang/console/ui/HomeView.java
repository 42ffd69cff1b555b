package cn.haitang.console.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.AppUser;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.TownRef;
import cn.haitang.console.security.UserAccountService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Where every user lands: who they are, the area they work in, and the way to their work. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
public class HomeView extends Main implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, UserAccountService users, RegionService regions) {
        addClassName("ht-view");
        AppUser user = currentUser.require();
        String area = users.callerTown().map(TownRef::name)
                .orElse(getTranslation(user.role() == Role.CITY_ADMIN ? "scope.city" : "scope.none"));

        H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
        greeting.addClassName("ht-greeting");
        Paragraph who = new Paragraph(getTranslation("home.who", getTranslation(user.role().messageKey()), area));
        who.addClassName("ht-home-who");
        who.setId("home-area");

        Div cards = new Div(areaCard(area, user), townsCard(regions.townsInScope(), user));
        cards.addClassName("ht-cards");

        Div links = new Div();
        links.addClassName("ht-cards");
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != HomeView.class)
                .forEach(entry -> {
                    RouterLink link = new RouterLink();
                    link.setRoute(entry.menuClass());
                    link.add(new Span(getTranslation(entry.title())));
                    link.addClassName("ht-card");
                    link.addClassName("ht-link-card");
                    links.add(link);
                });

        add(new ViewToolbar(getTranslation("nav.home")), greeting, who, cards,
                new H3(getTranslation("home.shortcuts")), links);
    }

    private Div areaCard(String area, AppUser user) {
        Div card = card(getTranslation("home.card.area"), area);
        card.add(new Paragraph(getTranslation(switch (user.role()) {
            case CITY_ADMIN -> "home.card.area.admin";
            case STREET_COORDINATOR -> "home.card.area.coordinator";
            case REVIEWER -> "home.card.area.reviewer";
        })));
        return card;
    }

    private Div townsCard(List<TownRef> towns, AppUser user) {
        long streets = towns.stream().filter(TownRef::street).count();
        Div card = card(getTranslation("home.card.towns"), String.valueOf(towns.size()));
        card.getElement().setAttribute("data-figure", "towns");
        if (user.role() != Role.REVIEWER) {
            card.add(new Paragraph(getTranslation("home.card.towns.split", towns.size() - streets, streets)));
            Div chips = new Div();
            chips.addClassName("ht-chips");
            towns.forEach(t -> {
                Span chip = new Span(t.name());
                chip.getElement().getThemeList().add("badge");
                chips.add(chip);
            });
            card.add(chips);
        }
        return card;
    }

    private static Div card(String label, String figure) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("ht-card-label");
        Span figureSpan = new Span(figure);
        figureSpan.addClassName("ht-card-figure");
        Div card = new Div(labelSpan, figureSpan);
        card.addClassName("ht-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
