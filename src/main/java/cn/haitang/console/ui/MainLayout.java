package cn.haitang.console.ui;

import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.inbox.Inbox;
import cn.haitang.console.inbox.InboxService;
import cn.haitang.console.inbox.ui.InboxPanel;
import cn.haitang.console.inbox.ui.InboxBadge;
import cn.haitang.console.search.SearchService;
import cn.haitang.console.search.ui.SearchButton;
import cn.haitang.console.security.AppUser;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.NavigationPreferences;
import cn.haitang.console.security.TownRef;
import cn.haitang.console.security.UserAccountService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * The shell around every view: the app's name, the side navigation built from {@code @Menu} in sections
 * by order range ({@link NavSection}; showing only what the user may open, folded as the user left it,
 * the current page's section open), and who is logged in, with their role, area, language and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final UserAccountService users;
    private final AuthenticationContext authentication;
    private final NavigationPreferences preferences;
    private final InboxService inbox;
    final InboxBadge inboxBadge;
    final InboxBadge phoneInboxBadge;
    private final Map<NavSection, SideNav> sections = new EnumMap<>(NavSection.class);
    private final Map<NavSection, List<MenuEntry>> sectionEntries = new EnumMap<>(NavSection.class);
    /** The user's folds as remembered, with what they changed in this session. */
    private final Map<String, Boolean> remembered = new HashMap<>();
    /** The section opened only because the page shown belongs to it (folds again when the user leaves it). */
    private NavSection openedForPage;
    private final Map<String, NavSection> entryPaths = new HashMap<>();

    public MainLayout(CurrentUser currentUser, UserAccountService users, AuthenticationContext authentication,
                      SearchService search, NavigationPreferences preferences, InboxService inbox) {
        this.users = users;
        this.inbox = inbox;
        this.inboxBadge = new InboxBadge(inbox, true);
        this.phoneInboxBadge = new InboxBadge(inbox, false);
        this.authentication = authentication;
        this.preferences = preferences;
        setPrimarySection(Section.DRAWER);
        addClassName("ht-shell");
        AppUser user = currentUser.require();
        Div top = new Div(header());
        inboxBadge.addClassName("ht-inbox-drawer");
        top.add(inboxBadge);
        phoneInboxBadge.addClassName("ht-inbox-phone");
        if (user.role() != cn.haitang.console.base.Role.REVIEWER) {
            // the search box: at the top of the drawer on a desktop, in the bottom bar on a phone; Ctrl+K anywhere
            SearchButton box = new SearchButton(search, true);
            box.addClassName("ht-search-drawer");
            top.add(box);
            SearchButton phone = new SearchButton(search, false);
            phone.addClassName("ht-search-phone");
            addToNavbar(true, phone);
        }
        addToNavbar(true, phoneInboxBadge);
        addToDrawer(top, new Scroller(navigation()), userCard(user));
    }

    /**
     * The app's logo, name and tagline as one element: markup, not components, because the shell is in every
     * open session and each component stays there (about a kilobyte each).
     */
    private Div header() {
        Div header = new Div();
        header.addClassName("ht-drawer-header");
        header.getElement().setProperty("innerHTML", "<img class=\"ht-logo\" src=\"haitang/favicon.svg\" alt=\"\">"
                + "<div><span class=\"ht-app-name\">" + Entities.escape(getTranslation("app.shortName")) + "</span>"
                + "<span class=\"ht-app-tagline\">" + Entities.escape(getTranslation("app.tagline")) + "</span></div>");
        return header;
    }

    /**
     * One collapsible {@link SideNav} per {@link NavSection} that has an entry the user may open (the menu
     * configuration already leaves out what the role may not open), folded or opened as the user last left it;
     * one never touched starts folded, but for the workbench. A folded section gets its entries only when it
     * opens: the navigation was two thirds of what every open session kept (three elements an entry).
     */
    private Div navigation() {
        Map<NavSection, List<MenuEntry>> bySection = new EnumMap<>(NavSection.class);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            double order = entry.order() == null ? 0 : entry.order();
            bySection.computeIfAbsent(NavSection.of(order), s -> new ArrayList<>()).add(entry);
        }
        remembered.putAll(preferences.sections());
        Div navigation = new Div();
        navigation.addClassName("ht-nav-sections");
        bySection.forEach((section, entries) -> {
            SideNav nav = new SideNav(getTranslation(section.titleKey()));
            nav.addClassName("ht-nav");
            nav.setId("nav-" + section.key());
            nav.setCollapsible(true);
            entries.forEach(entry -> entryPaths.put(trimSlashes(entry.path()), section));
            sections.put(section, nav);
            sectionEntries.put(section, entries);
            open(section, keptOpen(section));
            nav.getElement().addPropertyChangeListener("collapsed", e -> {
                if (nav.isExpanded()) {
                    fill(section);
                } else {
                    nav.removeAll(); // a folded section keeps nothing in the session
                }
                if (e.isUserOriginated()) {
                    remember(section, nav.isExpanded());
                }
            });
            navigation.add(nav);
        });
        return navigation;
    }

    /** Open at every visit: the user left it open, or never touched it and it is the workbench. */
    private boolean keptOpen(NavSection section) {
        return remembered.getOrDefault(section.key(), section == NavSection.WORKBENCH);
    }

    /** Opens or folds a section; an open one shows its entries. */
    private void open(NavSection section, boolean expanded) {
        sections.get(section).setExpanded(expanded);
        if (expanded) {
            fill(section);
        } else {
            sections.get(section).removeAll();
        }
    }

    private void fill(NavSection section) {
        SideNav nav = sections.get(section);
        if (nav.getItems().isEmpty()) {
            sectionEntries.get(section).forEach(entry -> nav.addItem(item(entry)));
        }
    }

    /** The user folded or opened a section: kept for their next visit, on any device. */
    void remember(NavSection section, boolean expanded) {
        remembered.put(section.key(), expanded);
        preferences.remember(section.key(), expanded);
    }

    /** The section of the page being shown opens (without changing what the user chose to remember). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = trimSlashes(event.getLocation().getPath());
        NavSection current = null;
        int longest = -1;
        for (Map.Entry<String, NavSection> entry : entryPaths.entrySet()) {
            String menuPath = entry.getKey();
            boolean matches = menuPath.isEmpty() ? path.isEmpty()
                    : path.equals(menuPath) || path.startsWith(menuPath + "/");
            if (matches && menuPath.length() > longest) {
                longest = menuPath.length();
                current = entry.getValue();
            }
        }
        // the current page's section opens; one opened only for the page before folds again as the user leaves it
        if (openedForPage != null && openedForPage != current && !keptOpen(openedForPage)) {
            open(openedForPage, false);
            openedForPage = null;
        }
        if (current != null && sections.containsKey(current) && !sections.get(current).isExpanded()) {
            open(current, true);
            openedForPage = current;
        }
        // the count follows what the user just did (a vetted candidate, an accepted matter, a read notice); the
        // home and inbox pages' panel has computed it in this navigation already
        Inbox now = InboxPanel.forThisNavigation(inbox);
        inboxBadge.show(now);
        phoneInboxBadge.show(now);
    }

    private static String trimSlashes(String path) {
        String trimmed = path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** The section navigations shown to this user, for tests. */
    Map<NavSection, SideNav> sections() {
        return sections;
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
        String area = users.callerTown().map(TownRef::name).orElse(getTranslation("scope.city"));
        String role = getTranslation(user.role().messageKey()) + " · "
                + (user.role() == cn.haitang.console.base.Role.REVIEWER && user.townId() == null
                ? getTranslation("scope.none") : area);
        // one element for the name and role (see header())
        Div who = new Div();
        who.getElement().setProperty("innerHTML", "<span class=\"ht-user-name\">" + Entities.escape(user.displayName())
                + "</span><span class=\"ht-user-role\">" + Entities.escape(role) + "</span>");
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
        // a password can be changed any time, not only when an admin set it
        Button password = new Button(getTranslation("action.changePassword"), VaadinIcon.KEY.create(),
                e -> UI.getCurrent().navigate("change-password"));
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        password.setId("change-password");
        Div actions = new Div(language, password, logout);
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
