package org.cunwu.accounts.internal;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Keeps what a user typed when their session expired before they pressed save. The form's POST then fails
 * its CSRF check as an anonymous request: its fields are kept in the new session, the user signs in again,
 * and {@link RestoreFormController} shows the same fields ready to send once more. Nothing is lost.
 * <p>
 * A form is kept only when it came from the portal's own page in the same browser: its Origin (or, without one,
 * its Referer) is the portal itself, and it carried the portal's session cookie, most often of the session that
 * ended (the cookie is SameSite=Lax, so a browser sends it with no post from another site). Otherwise a page elsewhere could post a form
 * without a token and have the portal offer it, filled in and with a fresh token, to the next person who signs in.
 */
@Component
class ExpiredSessionForms implements AccessDeniedHandler {

    /** Named after this class, so a form saved by the class before a move (of another name) is never read, not failed on. */
    static final String ATTRIBUTE = ExpiredSessionForms.class.getName() + ".form";

    /** A form as it was posted: the address and every field but the stale CSRF token. */
    record SavedForm(String action, LinkedHashMap<String, String[]> fields) implements Serializable {
    }

    private final AccessDeniedHandler fallback = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && !signedIn()
                && !request.getRequestURI().equals("/login") && !request.getRequestURI().equals("/logout")
                && request.getContentType() != null && request.getContentType().startsWith("application/x-www-form-urlencoded")
                && carriedTheSessionCookie(request) && cameFromThePortal(request)) {
            LinkedHashMap<String, String[]> fields = new LinkedHashMap<>();
            for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
                if (!field.getKey().equals("_csrf")) {
                    fields.put(field.getKey(), field.getValue());
                }
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(ATTRIBUTE, new SavedForm(request.getRequestURI(), fields));
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        fallback.handle(request, response, denied);
    }

    /** The browser sent the session cookie the portal gave it (whether or not that session still exists). */
    private static boolean carriedTheSessionCookie(HttpServletRequest request) {
        return request.getRequestedSessionId() != null;
    }

    /** The page that sent the form is one of the portal's: Origin when the browser sends it, else Referer. */
    static boolean cameFromThePortal(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (source == null) {
            return false;
        }
        String authority;
        try {
            URI uri = new URI(source);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                return false;
            }
            authority = uri.getRawAuthority();
        } catch (URISyntaxException e) {
            return false;
        }
        if (authority == null || authority.contains("@")) {
            return false;
        }
        // the Host the browser addressed (kept by a reverse proxy), or the server's own name and port
        String host = request.getHeader("Host");
        int port = request.getServerPort();
        String server = request.getServerName() + (port == 80 || port == 443 || port <= 0 ? "" : ":" + port);
        return authority.equalsIgnoreCase(host) || authority.equalsIgnoreCase(server);
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
