package cn.haitang.console.organization.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.organization.NodeKind;
import cn.haitang.console.organization.OrganizationService;
import cn.haitang.console.organization.TreeNode;
import cn.haitang.console.region.RegionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The structure tree: town/street → community → compound → branch → grid group → central household,
 * each level fetched when it is expanded (with child counts from SQL), searchable by name, with the
 * selected node's details and actions beside it.
 */
@Route("structure")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 10, icon = "vaadin:sitemap", title = "nav.structure")
public class StructureView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    private final OrganizationService service;
    final TreeGrid<TreeNode> tree = new TreeGrid<>();
    final TextField search = new TextField();
    final NodeDetailPanel detail;
    private final StructureProvider provider;

    public StructureView(OrganizationService service, RegionService region) {
        this.service = service;
        addClassName("ht-view");
        provider = new StructureProvider(service);
        detail = new NodeDetailPanel(service, region, this::changed);

        search.setPlaceholder(getTranslation("tree.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("22em");
        search.addClassName("ht-tree-search");
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        search.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> search(search.getValue()));
        Button find = new Button(VaadinIcon.SEARCH.create(),
                e -> search(search.getValue()));
        find.setAriaLabel(getTranslation("tree.search"));
        find.setTooltipText(getTranslation("tree.search"));

        tree.addHierarchyColumn(TreeNode::name).setHeader(getTranslation("tree.name")).setFlexGrow(3).setResizable(true)
                .setSortable(false);
        tree.addColumn(n -> getTranslation(n.kind().messageKey())).setHeader(getTranslation("tree.level")).setAutoWidth(true)
                .setFlexGrow(0);
        tree.addColumn(this::detailText).setHeader(getTranslation("tree.detail")).setFlexGrow(2);
        tree.addColumn(n -> n.kind() == NodeKind.HOUSEHOLD ? "" : String.valueOf(n.childCount()))
                .setHeader(getTranslation("tree.children")).setAutoWidth(true).setFlexGrow(0);
        tree.setDataProvider(provider);
        tree.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        tree.setEmptyStateText(getTranslation("grid.empty"));
        tree.asSingleSelect().addValueChangeListener(e -> detail.show(e.getValue()));
        tree.setSizeFull();

        SplitLayout split = new SplitLayout(tree, detail);
        split.setSplitterPosition(62);
        split.setSizeFull();
        add(new ViewToolbar(getTranslation("nav.structure"), ViewToolbar.group(search, find)), split);
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
        split.getStyle().set("flex", "1 1 auto").set("min-height", "0");
        // A coordinator's tree starts with their own town opened.
        List<TreeNode> roots = service.children(null, 0, 20);
        if (roots.size() == 1) {
            tree.expand(roots.getFirst());
        }
    }

    private String detailText(TreeNode node) {
        return switch (node.kind()) {
            case BRANCH -> getTranslation("org.branchType." + node.detail());
            case GRID_GROUP -> getTranslation("tree.detail.microGrid", node.detail());
            default -> node.detail();
        };
    }

    /** Opens the path to every hit and selects the first. */
    void search(String text) {
        List<List<TreeNode>> paths = service.search(text, 30);
        if (paths.isEmpty()) {
            Notifications.warning(getTranslation("tree.search.none", text == null ? "" : text.trim()));
            return;
        }
        Set<TreeNode> ancestors = new LinkedHashSet<>();
        for (List<TreeNode> path : paths) {
            ancestors.addAll(path.subList(0, path.size() - 1));
        }
        tree.expand(new ArrayList<>(ancestors));
        TreeNode first = paths.getFirst().getLast();
        tree.select(service.node(first.kind(), first.id()));
        Notifications.success(getTranslation("tree.search.found", paths.size()));
    }

    /** {@code structure?node=COMPOUND:17} (a search hit, a link from elsewhere) opens that node's path. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("node").ifPresent(this::open);
    }

    void open(String key) {
        String[] parts = key.split(":", 2);
        try {
            List<TreeNode> path = service.pathTo(cn.haitang.console.organization.NodeKind.valueOf(parts[0]),
                    Long.parseLong(parts[1]));
            tree.expand(path.subList(0, path.size() - 1));
            TreeNode last = path.getLast();
            tree.select(service.node(last.kind(), last.id()));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            Notifications.warning(getTranslation("error.notFound"));
        } catch (cn.haitang.console.base.RuleViolationException e) {
            Notifications.warning(cn.haitang.console.base.ui.RuleViolations.message(e));
        }
    }

    /** After a change below a node: refetch, keep what is open, show the node again. */
    private void changed(TreeNode node) {
        provider.refreshAll();
        if (node != null) {
            try {
                TreeNode fresh = service.node(node.kind(), node.id());
                tree.select(fresh);
                detail.show(fresh);
            } catch (cn.haitang.console.base.RuleViolationException e) {
                detail.show(null);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.structure") + " · " + getTranslation("app.name");
    }

    /** Each level fetched from SQL when it is expanded; nodes identified by kind and id. */
    static final class StructureProvider extends AbstractBackEndHierarchicalDataProvider<TreeNode, Void> {

        private final OrganizationService service;

        StructureProvider(OrganizationService service) {
            this.service = service;
        }

        @Override
        protected Stream<TreeNode> fetchChildrenFromBackEnd(HierarchicalQuery<TreeNode, Void> query) {
            return service.children(query.getParent(), query.getOffset(), query.getLimit()).stream();
        }

        @Override
        public int getChildCount(HierarchicalQuery<TreeNode, Void> query) {
            return service.childCount(query.getParent());
        }

        @Override
        public boolean hasChildren(TreeNode item) {
            return item.hasChildren();
        }

        @Override
        public Object getId(TreeNode item) {
            return item.key();
        }
    }
}
