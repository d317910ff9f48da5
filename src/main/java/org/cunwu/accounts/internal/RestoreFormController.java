package org.cunwu.accounts.internal;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** After signing in again: the form the user was sending when the session expired, filled in, one press from being sent. */
@Controller
class RestoreFormController {

    @GetMapping("/account/restore-form")
    String showRestoredForm(HttpSession session, Model model) {
        Object saved = session.getAttribute(ExpiredSessionForms.ATTRIBUTE);
        session.removeAttribute(ExpiredSessionForms.ATTRIBUTE);
        if (!(saved instanceof ExpiredSessionForms.SavedForm form)) {
            return "redirect:/";
        }
        model.addAttribute("form", form);
        return "accounts/restore-form";
    }
}
