package cn.haitang.console.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A logged-in user opened a view their role does not allow (for example by editing the URL). */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        addClassName("ht-error-page");
        removeAll();
        add(new H2(getTranslation("error.accessDenied.title")), new Paragraph(getTranslation("error.accessDenied")),
                homeLink(getTranslation("error.page.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** A link to the home view (the dashboard, which lives in its own module) by its route "". */
    private static com.vaadin.flow.component.html.Anchor homeLink(String text) {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor("", text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
