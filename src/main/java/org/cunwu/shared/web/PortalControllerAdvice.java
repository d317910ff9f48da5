package org.cunwu.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import java.math.BigDecimal;

import org.cunwu.shared.PlainText;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Scope;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs: trimmed plain-text input ({@link PlainTextEditor}) and decimal-only numbers
 * ({@link DecimalEditor}) for every form and request parameter, the signed-in user.
 */
@ControllerAdvice
class PortalControllerAdvice {

    @InitBinder
    void plainTextAndDecimalNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PlainTextEditor());
        binder.registerCustomEditor(Integer.class, DecimalEditor.whole(Integer::valueOf, true));
        binder.registerCustomEditor(int.class, DecimalEditor.whole(Integer::valueOf, false));
        binder.registerCustomEditor(Long.class, DecimalEditor.whole(Long::valueOf, true));
        binder.registerCustomEditor(long.class, DecimalEditor.whole(Long::valueOf, false));
        binder.registerCustomEditor(BigDecimal.class, DecimalEditor.decimal());
        binder.setBindingErrorProcessor(new PlainTextErrors());
    }

    /** A record's form never sets its id: the id comes from the address (a create form has none). */
    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /**
     * A refused text field shows what the user typed without the refused characters (they are invisible, so
     * showing them back would leave the user nothing to correct); every other binding error as Spring makes it.
     */
    static class PlainTextErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            if (ex instanceof TypeMismatchException mismatch && String.class.equals(mismatch.getRequiredType())
                    && mismatch.getValue() instanceof String typed && mismatch.getPropertyName() != null) {
                String field = mismatch.getPropertyName();
                result.addError(new FieldError(result.getObjectName(), field, PlainText.withoutRefused(typed), true,
                        result.resolveMessageCodes(mismatch.getErrorCode(), field),
                        getArgumentsForBindError(result.getObjectName(), field), mismatch.getLocalizedMessage()));
                return;
            }
            super.processPropertyAccessException(ex, result);
        }
    }

    /**
     * The signed-in user; their session is made now, before the page is written: the layout's forms ask for the CSRF
     * token, which lives in the session, and a session cannot be made once a long page has begun to be sent (the menu
     * alone fills a response buffer). Anonymous pages (sign-in, the public notice pages) make none.
     */
    @ModelAttribute("currentUser")
    PortalUser currentUser(HttpServletRequest request) {
        PortalUser user = Scope.currentUser();
        if (user != null) {
            request.getSession(true);
        }
        return user;
    }

    @ModelAttribute("listScope")
    ListScope listScope() {
        return ListScope.current();
    }
}
