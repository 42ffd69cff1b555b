package cn.haitang.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, written before anything else runs. Spring Security writes its
 * own when the response is committed, but Vaadin's page bootstrap (the HTML of every view, the login
 * page too) reaches the client without them — so they are set here, first; Spring Security's writers skip
 * headers that are already present, and Vaadin keeps an X-Frame-Options it finds.
 */
class SecurityHeaders extends OncePerRequestFilter {

    /**
     * What Vaadin's pre-compiled bundle needs: its own scripts and inline bootstrap (Vaadin documents
     * 'unsafe-inline' and 'unsafe-eval'), inline styles of the web components, images as data URLs, and
     * its XHR/WebSocket to this origin. Nothing from another origin, no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        if (!isStaticResource(request.getRequestURI().substring(request.getContextPath().length()))) {
            // pages and their requests carry personal data: nothing of them in a browser's or proxy's cache
            response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }

    /** Vaadin's bundle, our stylesheet and icon, ECharts: the same for everyone, cacheable. */
    private static boolean isStaticResource(String path) {
        return path.startsWith("/VAADIN/") || path.startsWith("/haitang/") || path.startsWith("/webjars/")
                || path.startsWith("/icons/") || path.equals("/favicon.ico") || path.equals("/sw.js");
    }
}
