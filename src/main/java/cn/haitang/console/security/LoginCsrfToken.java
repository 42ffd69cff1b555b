package cn.haitang.console.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Puts Spring Security's CSRF token into every page's head as {@code _csrf}/{@code _csrf_parameter} meta tags:
 * Vaadin's login form copies them into the form it posts to {@code /login}, so the login request needs the token
 * and a foreign site cannot sign a victim's browser in to an account of the attacker's (login CSRF).
 */
@Component
class LoginCsrfToken implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (!(page.getVaadinRequest() instanceof VaadinServletRequest request)) {
                return;
            }
            if (request.getHttpServletRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                var head = page.getDocument().head();
                head.appendElement("meta").attr("name", "_csrf_parameter").attr("content", token.getParameterName());
                head.appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
            }
        });
    }
}
