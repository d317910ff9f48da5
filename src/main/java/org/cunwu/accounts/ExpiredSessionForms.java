package org.cunwu.accounts;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

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
 */
@Component
class ExpiredSessionForms implements AccessDeniedHandler {

    static final String ATTRIBUTE = ExpiredSessionForms.class.getName() + ".form";

    /** A form as it was posted: the address and every field but the stale CSRF token. */
    record SavedForm(String action, LinkedHashMap<String, String[]> fields) implements Serializable {
    }

    private final AccessDeniedHandler fallback = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        if (denied instanceof CsrfException && "POST".equals(request.getMethod()) && !signedIn()
                && !request.getRequestURI().equals("/login") && !request.getRequestURI().equals("/logout")
                && request.getContentType() != null && request.getContentType().startsWith("application/x-www-form-urlencoded")) {
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

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
