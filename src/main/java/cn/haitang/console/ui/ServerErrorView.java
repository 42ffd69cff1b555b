package cn.haitang.console.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown instead of a stack trace when a view cannot be opened (for example while the database is down).
 * Deliberately without the main layout, which itself needs the database.
 */
@PermitAll
public class ServerErrorView extends Div implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean databaseDown = ErrorHandling.isDatabaseDown(parameter.getCaughtException());
        // nothing was being typed on a page that could not open: the page's own outage text, not the form one
        String message = databaseDown ? getTranslation("error.database.page")
                : ErrorHandling.messageFor(parameter.getCaughtException(), getLocale());
        addClassName("ht-error-page");
        setId("server-error");
        removeAll();
        add(new H2(getTranslation(databaseDown ? "error.database.title" : "error.page.title")),
                new Paragraph(message),
                new Anchor(event.getLocation().getPath(), getTranslation("error.page.retry")));
        return databaseDown ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
