package cn.haitang.console.support;

import cn.haitang.console.security.ui.LoginView;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.security.Principal;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Base of browserless UI tests. Karibu starts no servlet container, so Spring Security's filters never
 * run: we put the test user's authentication into the security context and make the mocked request
 * answer getUserPrincipal()/isUserInRole() from it, so Vaadin's view access checks see the same user
 * as the services.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestLogin login;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("cn.haitang.console");
            routes.getRoutes().addAll(packagePrivateViews());
        }
    }

    /**
     * Karibu's scan sees public classes only; views that nothing outside their package needs are
     * package-private, and Vaadin's Spring scan registers them in the app, so the tests register them too.
     */
    @SuppressWarnings("unchecked")
    private static java.util.List<Class<? extends com.vaadin.flow.component.Component>> packagePrivateViews() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(
                com.vaadin.flow.router.Route.class));
        return scanner.findCandidateComponents("cn.haitang.console").stream()
                .<Class<? extends com.vaadin.flow.component.Component>>map(definition -> {
            try {
                return (Class<? extends com.vaadin.flow.component.Component>) Class.forName(
                        definition.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Starts a fresh Vaadin session as the given demo user (or anonymous when null), in Chinese. */
    protected void openAs(String username) {
        MockVaadin.tearDown();
        SecurityContext security = username == null ? null : login.as(username);
        if (username == null) {
            login.logout();
        }
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(currentAuthentication());
            request.setUserInRole((Principal principal, String role) -> {
                Authentication auth = currentAuthentication();
                return auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            });
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        VaadinSession.setCurrent(null);
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(LoginView.LANGUAGE_ATTRIBUTE, "zh-CN");
        if (security != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
        }
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static Authentication currentAuthentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() ? auth : null;
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        login.logout();
    }
}
