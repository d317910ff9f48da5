package org.cunwu.shared.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, before anything else reads them, parameters the portal cannot use: broken percent-encoding (400), a body
 * over the upload limit (413), and in a link or a list's filters (GET) a value with a control character or longer
 * than {@value #MAX_LENGTH} characters (400). Tomcat throws on every later read of unreadable parameters, so the CSRF
 * filter or the locale switch would otherwise fail first, with a 500 or Tomcat's bare page. The error page that
 * follows sees the request without its parameters (only a readable {@code lang}), so it cannot fail the same way.
 * Form bodies (POST) are left to the forms, which name the field that is wrong.
 */
class RequestParameterFilter extends HttpFilter {

    static final int MAX_LENGTH = 1000;

    private static final String REFUSED = RequestParameterFilter.class.getName() + ".refused";
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z]{2})?");
    private static final Logger log = LoggerFactory.getLogger(RequestParameterFilter.class);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object refused = request.getAttribute(REFUSED);
            chain.doFilter(refused instanceof String lang ? new WithoutParameters(request, lang) : request, response);
            return;
        }
        int status = refusal(request);
        if (status != 0) {
            request.setAttribute(REFUSED, language(request.getQueryString()));
            response.sendError(status);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The status that refuses the request's parameters, 0 when they are fine. */
    private static int refusal(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException e) {
            int status = e instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413 ? 413 : 400;
            log.debug("{} {} refused with {}: {}", request.getMethod(), request.getRequestURI(), status, e.getMessage());
            return status;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return 0;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!usable(parameter.getKey())) {
                return 400;
            }
            for (String value : parameter.getValue()) {
                if (!usable(value)) {
                    log.debug("GET {} refused: parameter {} unusable", request.getRequestURI(), parameter.getKey());
                    return 400;
                }
            }
        }
        return 0;
    }

    /** No control character but a tab (pasted into a search box), no value longer than any field the portal has. */
    static boolean usable(String value) {
        if (value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The {@code lang} of a query string when it is a plain language tag, "" otherwise; nothing else is decoded. */
    static String language(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("lang=") && LANGUAGE.matcher(pair.substring(5)).matches()) {
                    return pair.substring(5);
                }
            }
        }
        return "";
    }

    /** A refused request as its error page sees it: no body, no parameters but the user's language. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithoutParameters(HttpServletRequest request, String lang) {
            super(request);
            this.parameters = lang.isEmpty() ? Map.of() : Map.of("lang", new String[] {lang});
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        // a multipart body that was too large is not parsed again by the error page's dispatcher
        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
