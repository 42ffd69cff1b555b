package cn.haitang.console.security.ui;

import cn.haitang.console.base.i18n.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** The Chinese login page; {@code ?lang=en} switches it to English. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String LANGUAGE_ATTRIBUTE = "haitang.language";

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final H1 title = new H1();
    private final Paragraph subtitle = new Paragraph();
    private final Anchor languageLink = new Anchor();

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("ht-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        // A full page load, so the language applies to everything on the page.
        languageLink.getElement().setAttribute("router-ignore", true);
        languageLink.addClassName("ht-login-language");
        Div brand = new Div(title, subtitle);
        brand.addClassName("ht-login-brand");
        Div card = new Div(form, languageLink);
        card.addClassName("ht-login-card");
        add(brand, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> lang = parameters.get("lang");
        if (lang != null && !lang.isEmpty()) {
            Locale locale = Translations.supported(Locale.forLanguageTag(lang.getFirst()));
            VaadinSession.getCurrent().setAttribute(LANGUAGE_ATTRIBUTE, locale.toLanguageTag());
            UI.getCurrent().setLocale(locale);
        }
        applyTexts(parameters.containsKey("error") ? lastError() : null);
    }

    private void applyTexts(String errorKey) {
        title.setText(getTranslation("app.name"));
        subtitle.setText(getTranslation("login.subtitle"));
        boolean english = Translations.ENGLISH.equals(Translations.supported(getLocale()));
        languageLink.setText(getTranslation("language.switch"));
        languageLink.setHref("login?lang=" + (english ? "zh-CN" : "en"));
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.setForm(texts);
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation(errorKey == null ? "login.error.badCredentials" : errorKey));
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        i18n.setErrorMessage(error);
        i18n.setAdditionalInformation(getTranslation("login.hint"));
        form.setI18n(i18n);
        form.setError(errorKey != null);
    }

    /** Which message fits the last failed attempt of this browser session. */
    private static String lastError() {
        Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (last instanceof LockedException) {
            return "login.error.locked";
        }
        if (last instanceof DisabledException) {
            return "login.error.disabled";
        }
        if (last instanceof InternalAuthenticationServiceException e && e.getCause() instanceof DataAccessException) {
            return "error.database";
        }
        return "login.error.badCredentials";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
