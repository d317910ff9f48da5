package org.cunwu.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.cunwu.shared.Scope;
import org.cunwu.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordController {

    private static final String VIEW = "accounts/password";

    private final PasswordService passwords;
    private final FormSubmission submissions;

    PasswordController(PasswordService passwords, FormSubmission submissions) {
        this.passwords = passwords;
        this.submissions = submissions;
    }

    @GetMapping("/account/password")
    String initPasswordForm(Model model) {
        model.addAttribute("form", new PasswordForm(null, null, null));
        return VIEW;
    }

    /** Whether the user came here because an administrator set their password (the page then says so). */
    @ModelAttribute("mustChange")
    boolean mustChange(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PasswordChangeRequired.ATTRIBUTE) != null;
    }

    @PostMapping("/account/password")
    String processPasswordForm(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
            HttpServletRequest request, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
                && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        return submissions.of(result, () -> VIEW).save(() -> {
            passwords.change(Scope.currentUser(), form.currentPassword(), form.newPassword(), request.getRequestedSessionId());
            return nextPage(request);
        }, next -> next, "password.changed", redirect);
    }

    /** Where a changed password leads: back to a form kept from an expired session, or home. */
    private static String nextPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PasswordChangeRequired.ATTRIBUTE);
            // a form kept from an expired session waited behind the required change
            if (session.getAttribute(ExpiredSessionForms.ATTRIBUTE) != null) {
                return "/account/restore-form";
            }
        }
        return "/";
    }
}
