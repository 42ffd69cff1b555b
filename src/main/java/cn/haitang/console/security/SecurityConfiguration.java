package cn.haitang.console.security;

import cn.haitang.console.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserSessions sessions, RequestUtil requestUtil,
                                            @Value("${haitang.node.name:}") String nodeName) throws Exception {
        // Health is for load balancers and operators (terse unless a city admin asks), our stylesheet and
        // icon are needed on the login page, ECharts (a public library from its WebJar) draws the
        // dashboard's charts; everything else goes through Vaadin's rules.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/haitang/**", "/webjars/echarts/**")
                .permitAll()
                .requestMatchers(signedInPageLoad(requestUtil)).permitAll());
        http.addFilterBefore(new SessionGuard(sessions, nodeName), AnonymousAuthenticationFilter.class);
        // Vaadin's own requests carry Vaadin's CSRF token; Vaadin would also exempt the login form's POST, which
        // lets another site sign a browser in (login CSRF). Exempt only Vaadin's requests: the login form sends
        // Spring's token from the page's meta tags (LoginCsrfToken).
        http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/login").enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        return http.build();
    }

    /**
     * A signed-in user's browser loading a page at any path gets the console's page, whose router then shows the
     * view, or inside the layout "not found" or "no access" (Vaadin's route rules): without this, a path that is no
     * route (an edited URL such as {@code coverage/gaps/7}) was refused here with the browser's bare "HTTP ERROR 403".
     * The page itself holds no data; every view and service still checks the user.
     */
    private static RequestMatcher signedInPageLoad(RequestUtil requestUtil) {
        return request -> {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            String accept = request.getHeader("Accept");
            return "GET".equals(request.getMethod())
                    && user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                    && accept != null && accept.contains("text/html")
                    && !request.getRequestURI().startsWith(request.getContextPath() + "/actuator")
                    && !requestUtil.isFrameworkInternalRequest(request);
        };
    }

    /** CSP and the other headers on every response, Vaadin's pages included ({@link SecurityHeaders}). */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** BCrypt by default; the {id} prefix lets the algorithm change later without a migration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Publishes login successes and failures (recorded by {@link LoginGate} itself) for whoever listens. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
