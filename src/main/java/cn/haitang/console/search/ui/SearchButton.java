package cn.haitang.console.search.ui;

import cn.haitang.console.search.SearchService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The search box of the shell: a button that reads like a search field and opens the search dialog,
 * also on Ctrl+K (⌘K) from anywhere in the console.
 */
public class SearchButton extends Button {

    private final SearchService search;

    public SearchButton(SearchService search, boolean withShortcut) {
        this.search = search;
        setText(getTranslation("search.button"));
        setIcon(VaadinIcon.SEARCH.create());
        addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        addClassName("ht-search-button");
        setAriaLabel(getTranslation("search.title"));
        getElement().setAttribute("title", getTranslation("search.shortcut"));
        addClickListener(e -> openDialog());
        if (withShortcut) {
            com.vaadin.flow.component.html.Span keys = new com.vaadin.flow.component.html.Span("Ctrl K");
            keys.addClassName("ht-search-keys");
            getElement().appendChild(keys.getElement());
            addAttachListener(e -> {
                var shortcut = Shortcuts.addShortcutListener(e.getUI(), this::openDialog, Key.KEY_K, KeyModifier.CONTROL);
                addDetachListener(d -> {
                    shortcut.remove();
                    d.unregisterListener();
                });
            });
        }
    }

    /** Opens a fresh search dialog (one at a time). */
    public SearchDialog openDialog() {
        UI ui = UI.getCurrent();
        SearchDialog dialog = new SearchDialog(search);
        ui.add(dialog);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                ui.remove(dialog);
            }
        });
        dialog.open();
        return dialog;
    }
}
