package org.cunwu.accounts.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After signing in with a password an administrator set, every page leads to the password change until the user
 * has chosen their own. The mark is put in the session at sign-in (see {@link SecurityConfig}); a reset ends the
 * account's sessions, so no session signed in before the reset escapes it.
 */
class PasswordChangeRequired extends OncePerRequestFilter {

    /** The name sessions signed in before the move to accounts.internal carry: a new one would let them skip the change. */
    static final String ATTRIBUTE = PasswordChangeRequired.class.getName().replace(".internal.", ".") + ".required";
    static final String PAGE = "/account/password";

    private static final List<String> ALLOWED = List.of(PAGE, "/logout", "/login", "/error", "/favicon.ico", "/actuator/health");
    private static final List<String> ALLOWED_PREFIXES = List.of("/webjars/", "/assets/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) != null && !allowed(request)) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALLOWED.contains(path) || ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
