package org.cunwu.shared.web;

import java.security.SecureRandom;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What an error page shows. Boot's {@code error} attribute (the reason phrase, "Not Found") is left out: the layout
 * reads {@code error} as the message key of a flash message and showed it as {@code ??Not Found_zh_CN??}. A server
 * error gets an incident id, shown on the page and logged once at ERROR with the exception, so a user's report can be
 * matched to its stack trace.
 */
@Component
class PortalErrorAttributes extends DefaultErrorAttributes {

    static final String INCIDENT = PortalErrorAttributes.class.getName() + ".incident";

    private static final Logger log = LoggerFactory.getLogger(PortalErrorAttributes.class);
    // no 0/O, 1/I/L: an id read out over the phone is not misheard
    private static final char[] ID_CHARACTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String uploadLimit;

    PortalErrorAttributes(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize uploadLimit) {
        this.uploadLimit = uploadLimit.toMegabytes() > 0 ? uploadLimit.toMegabytes() + " MB" : uploadLimit.toKilobytes() + " KB";
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        attributes.remove("error");
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500 && code <= 599) {
            attributes.put("incident", incident(request, code));
        }
        Object conflict = request.getAttribute(ErrorPages.CONFLICT_DETAIL, RequestAttributes.SCOPE_REQUEST);
        if (conflict != null) {
            attributes.put("conflictDetail", conflict);
        }
        if (Integer.valueOf(413).equals(status)) {
            attributes.put("uploadLimit", uploadLimit);
        }
        return attributes;
    }

    /** The request's incident id, made and logged the first time it is asked for. */
    private String incident(WebRequest request, int status) {
        Object known = request.getAttribute(INCIDENT, RequestAttributes.SCOPE_REQUEST);
        if (known instanceof String id) {
            return id;
        }
        String id = newId();
        request.setAttribute(INCIDENT, id, RequestAttributes.SCOPE_REQUEST);
        HttpServletRequest servletRequest = request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
        String method = servletRequest == null ? null : servletRequest.getMethod();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        Throwable error = getError(request);
        if (error != null) {
            log.error("Incident {}: {} {} answered {}", id, method, uri, status, error);
        } else {
            log.error("Incident {}: {} {} answered {}", id, method, uri, status);
        }
        return id;
    }

    static String newId() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_CHARACTERS[RANDOM.nextInt(ID_CHARACTERS.length)];
        }
        return new String(id);
    }
}
