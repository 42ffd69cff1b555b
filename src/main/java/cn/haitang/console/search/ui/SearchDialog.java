package cn.haitang.console.search.ui;

import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.search.SearchResults;
import cn.haitang.console.search.SearchService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The search dialog: type a name — Chinese, a fragment of it, its full pinyin or its initials — and the
 * hits appear grouped by kind with their place in the structure; a click (or Enter for the first hit)
 * opens the hit's page. Esc closes.
 */
public class SearchDialog extends Dialog {

    private final SearchService search;
    final TextField query = new TextField();
    final Div results = new Div();
    private final List<SearchHit> shown = new ArrayList<>();

    public SearchDialog(SearchService search) {
        this.search = search;
        addClassName("ht-search-dialog");
        setCloseOnEsc(true);
        setCloseOnOutsideClick(true);
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setAriaLabel(getTranslation("search.title"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.LAZY);
        query.setValueChangeTimeout(250);
        query.setWidthFull();
        query.setId("search-query");
        query.addValueChangeListener(e -> show(e.getValue()));
        query.addKeyDownListener(Key.ENTER, e -> openFirst());
        results.addClassName("ht-search-results");
        results.setId("search-results");
        Paragraph hint = new Paragraph(getTranslation("search.hint"));
        hint.addClassName("ht-hint");
        add(query, hint, results);
        setWidth("720px");
        setMaxWidth("100%");
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                query.focus();
            }
        });
    }

    /** Runs the search and shows its groups. */
    void show(String text) {
        results.removeAll();
        shown.clear();
        if (text == null || text.isBlank()) {
            return;
        }
        SearchResults found = search.search(text, SearchService.PER_KIND);
        if (!found.complete()) {
            Paragraph building = new Paragraph(getTranslation("search.building"));
            building.addClassName("ht-hint");
            results.add(building);
        }
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("search.none", text.strip()));
            none.addClassName("ht-search-none");
            results.add(none);
            return;
        }
        for (SearchResults.Group group : found.groups()) {
            H4 title = new H4(getTranslation("search.kind." + group.kind()) + " · "
                    + getTranslation("search.count", group.total()));
            title.addClassName("ht-search-group");
            Div hits = new Div();
            hits.addClassName("ht-search-hits");
            for (SearchHit hit : group.hits()) {
                hits.add(hitLink(hit));
                shown.add(hit);
            }
            Div block = new Div(title, hits);
            block.getElement().setAttribute("data-kind", group.kind());
            results.add(block);
        }
    }

    private Anchor hitLink(SearchHit hit) {
        Span label = new Span(hit.label());
        label.addClassName("ht-search-label");
        Span place = new Span(hit.place());
        place.addClassName("ht-search-place");
        Anchor link = new Anchor(hit.route(), "");
        link.add(label, place);
        link.addClassName("ht-search-hit");
        link.getElement().setAttribute("data-kind", hit.kind());
        link.getElement().addEventListener("click", e -> close());
        return link;
    }

    /** Opens the first hit shown (Enter in the search field). */
    void openFirst() {
        if (!shown.isEmpty()) {
            open(shown.getFirst());
        }
    }

    void open(SearchHit hit) {
        var ui = getUI();
        close();
        ui.ifPresent(u -> navigate(u, hit.route()));
    }

    /** Navigates to a route that may carry query parameters ("pairing/matters?matter=7"). */
    static void navigate(com.vaadin.flow.component.UI ui, String route) {
        com.vaadin.flow.router.Location location = new com.vaadin.flow.router.Location(route);
        ui.navigate(location.getPath(), location.getQueryParameters());
    }

    /** The hits shown now, in order (for tests). */
    List<SearchHit> shownHits() {
        return List.copyOf(shown);
    }
}
