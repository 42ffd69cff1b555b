package cn.haitang.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.KaribuTest;
import cn.haitang.console.support.StatementCounter;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * No view asks the database once per row (N+1): opening each view of the side navigation with its first
 * pages, for the city admin, a coordinator and a reviewer, prepares a bounded number of statements, counted
 * on the test's own thread. A grid of 50 rows with a query per row would prepare 50 more. With STATEMENTS_PRINT=1
 * in the environment it prints every view's statements.
 */
class ViewStatementsTest extends KaribuTest {

    /**
     * The most statements one view may prepare while it opens with its first pages, the shell's (inbox badge,
     * password check) included: 31 for a coordinator's home page when written, most lists 5-19.
     */
    static final int MOST = 40;

    @Test
    void everyViewOpensWithABoundedNumberOfStatements() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String user : List.of("admin", "yushan", "reviewer1")) {
            for (Class<?> view : menuViews()) {
                String route = view.getAnnotation(Route.class).value().replace("/:id?", "");
                openAs(user);
                UI.getCurrent().navigate("structure/import");
                MockVaadin.clientRoundtrip(false);
                if (System.getenv("STATEMENTS_PRINT") != null) {
                    System.out.println("VIEW " + user + " /" + route);
                }
                int statements = StatementCounter.count(() -> {
                    UI.getCurrent().navigate(route);
                    MockVaadin.clientRoundtrip(false);
                });
                var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
                if (!shown.isEmpty() && view.isInstance(shown.get(0))) {
                    counts.put(user + " /" + route, statements);
                }
            }
        }
        counts.forEach((view, n) -> System.out.printf("STATEMENTS %-40s %3d%n", view, n));
        assertThat(counts).hasSizeGreaterThan(60);
        assertThat(counts).allSatisfy((view, n) -> assertThat(n).as(view).isPositive().isLessThanOrEqualTo(MOST));
    }

    private static List<Class<?>> menuViews() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<Class<?>> views = new ArrayList<>();
        scanner.findCandidateComponents("cn.haitang.console").forEach(d -> {
            try {
                views.add(Class.forName(d.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return views.stream().filter(c -> c.isAnnotationPresent(Route.class))
                .sorted(Comparator.comparingDouble(c -> c.getAnnotation(Menu.class).order())).toList();
    }
}
