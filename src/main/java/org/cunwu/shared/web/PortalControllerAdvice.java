package org.cunwu.shared.web;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Scope;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs: trimmed plain-text input (see {@link PlainTextEditor}), the signed-in user. */
@ControllerAdvice
class PortalControllerAdvice {

    @InitBinder
    void plainText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PlainTextEditor());
    }

    @ModelAttribute("currentUser")
    PortalUser currentUser() {
        return Scope.currentUser();
    }
}
