package org.cunwu.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.RecordInUseException;
import org.cunwu.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The one place that turns what a request could not do into the status of an error page: a record missing or out of
 * scope (or an address that can name none) is 404, a forbidden action 403, a record someone else changed (or one still in use, on a delete) 409, a file
 * over the upload limit 413. The page itself is rendered by {@code /error} with {@link PortalErrorAttributes}, so a
 * status set here and one set by a filter (security, {@link RequestParameterFilter}) look the same. A form that can
 * show a conflict beside the user's input catches it itself; whatever reaches this advice had no form to go back to.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages {

    /** Request attribute naming the message key that explains a 409 more precisely than the page's default text. */
    static final String CONFLICT_DETAIL = ErrorPages.class.getName() + ".conflict";

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(RecordNotFoundException.class)
    void notFound(RecordNotFoundException e, HttpServletResponse response) throws IOException {
        log.debug("404: {}", e.getMessage());
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** {@code /villages/abc}: an address that can name no record is not found, like one that names a missing record. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void unreadable(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        boolean inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
        log.debug("{}: {}", inPath ? 404 : 400, e.getMessage());
        response.sendError(inPath ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
    }

    @ExceptionHandler(AccessDeniedException.class)
    void forbidden(AccessDeniedException e, HttpServletResponse response) throws IOException {
        if (!signedIn()) {
            // someone not signed in is sent to the login page by the security filters, not shown a 403
            throw e;
        }
        log.debug("403: {}", e.getMessage());
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler({ConcurrentEditException.class, OptimisticLockingFailureException.class})
    void changedMeanwhile(RuntimeException e, HttpServletResponse response) throws IOException {
        log.debug("409: {}", e.getMessage());
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @ExceptionHandler(RecordInUseException.class)
    void stillInUse(RecordInUseException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.debug("409: {}", e.getMessage());
        request.setAttribute(CONFLICT_DETAIL, "error.409.inUse");
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) throws IOException {
        log.debug("413: {}", e.getMessage());
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
