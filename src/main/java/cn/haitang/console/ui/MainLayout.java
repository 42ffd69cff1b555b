package cn.haitang.console.ui;

import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.search.SearchService;
import cn.haitang.console.search.ui.SearchButton;
import cn.haitang.console.security.AppUser;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.TownRef;
import cn.haitang.console.security.UserAccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The shell around every view: the app's name, the side navigation built from {@code @Menu} (showing
 * only what the user may open), and who is logged in, with their role, area, language and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final UserAccountService users;
    private final AuthenticationContext authentication;

    public MainLayout(CurrentUser currentUser, UserAccountService users, AuthenticationContext authentication,
                      SearchService search) {
        this.users = users;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addClassName("ht-shell");
        AppUser user = currentUser.require();
        Div top = new Div(header());
        if (user.role() != cn.haitang.console.base.Role.REVIEWER) {
            // the search box: at the top of the drawer on a desktop, in the bottom bar on a phone; Ctrl+K anywhere
            SearchButton box = new SearchButton(search, true);
            box.addClassName("ht-search-drawer");
            top.add(box);
            SearchButton phone = new SearchButton(search, false);
            phone.addClassName("ht-search-phone");
            addToNavbar(true, phone);
        }
        addToDrawer(top, new Scroller(navigation()), userCard(user));
    }

    private Div header() {
        Image logo = new Image("haitang/favicon.svg", "");
        logo.addClassName("ht-logo");
        Span name = new Span(getTranslation("app.shortName"));
        name.addClassName("ht-app-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("ht-app-tagline");
        Div text = new Div(name, tagline);
        Div header = new Div(logo, text);
        header.addClassName("ht-drawer-header");
        return header;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("ht-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
        }
        return item;
    }

    private Component userCard(AppUser user) {
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        Span name = new Span(user.displayName());
        name.addClassName("ht-user-name");
        String area = users.callerTown().map(TownRef::name).orElse(getTranslation("scope.city"));
        Span role = new Span(getTranslation(user.role().messageKey()) + " · "
                + (user.role() == cn.haitang.console.base.Role.REVIEWER && user.townId() == null
                ? getTranslation("scope.none") : area));
        role.addClassName("ht-user-role");
        Div who = new Div(name, role);
        who.addClassName("ht-user-text");

        boolean english = Translations.ENGLISH.equals(Translations.supported(getLocale()));
        Button language = new Button(getTranslation("language.switch"), VaadinIcon.GLOBE.create(),
                e -> switchLanguage(english ? Translations.CHINESE : Translations.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        language.addClassName("ht-language");
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        logout.addClassName("ht-logout");
        Div actions = new Div(language, logout);
        actions.addClassName("ht-user-actions");
        Div card = new Div(new Div(avatar, who), actions);
        card.addClassName("ht-user-card");
        return card;
    }

    /** Remembers the choice for this user and reloads, so every text on the page follows it. */
    void switchLanguage(Locale locale) {
        users.changeOwnLocale(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(cn.haitang.console.security.ui.LoginView.LANGUAGE_ATTRIBUTE, locale.toLanguageTag());
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
