package cn.haitang.console.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page that does not exist (or that the user may not know exists), in the user's language. */
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("ht-error-page");
        removeAll();
        add(new H2(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")),
                homeLink(getTranslation("error.page.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** A link to the home view (the dashboard, which lives in its own module) by its route "". */
    private static com.vaadin.flow.component.html.Anchor homeLink(String text) {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor("", text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
