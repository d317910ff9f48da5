package org.cunwu.accounts.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.shared.Scope;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.Paging;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.villages.TownService;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/users: accounts, their role and scope, disabling and password resets. ADMIN only (see SecurityConfig). */
@Controller
@RequestMapping("/admin/users")
class AdminUserController extends RecordFormController<UserAccount, UserForm> {

    private static final String FORM = "accounts/user-form";
    private static final Map<String, String> SORTABLE = Map.of("username", "username", "displayName", "displayName", "role", "role");

    private final UserAdminService users;
    private final TownService towns;
    private final VillageService villages;
    private final AuditLog auditLog;
    private final AuditDetails auditDetails;
    private final Paging paging;

    private final FormSubmission submissions;

    AdminUserController(UserAdminService users, TownService towns, VillageService villages, AuditLog auditLog,
            AuditDetails auditDetails, Paging paging, FormSubmission submissions) {
        // only administrators reach /admin (security configuration)
        super(RecordForms.creating("/admin/users", "user", () -> { }, UserForm::empty, users::get, UserForm::of,
                form -> users.create(form.username(), form.displayName(), form.password(), form.role(), form.townId(), form.villageId()),
                (id, form) -> users.update(id, form.version(), form.displayName(), form.role(), form.townId(), form.villageId(),
                        Boolean.TRUE.equals(form.enabled()))), submissions);
        this.submissions = submissions;
        this.users = users;
        this.towns = towns;
        this.villages = villages;
        this.auditLog = auditLog;
        this.auditDetails = auditDetails;
        this.paging = paging;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /** The form with what it offers to choose from; loaded only for the form, never for the list. */
    @Override
    protected String form(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("towns", towns.all());
        model.addAttribute("villageChoices", villages.formChoices(model.getAttribute("form") instanceof UserForm f ? f.villageId() : null));
        return FORM;
    }

    @GetMapping
    String listUsers(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @RequestParam(required = false) String sort, Model model) {
        model.addAttribute("users", users.list(q, paging.pageable(page, size, sort, SORTABLE, Sort.by("username"))));
        model.addAttribute("q", q);
        return "accounts/users";
    }

    @GetMapping("/audit")
    String showAuditLog(@RequestParam(required = false) String user, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String dayFrom, @RequestParam(required = false) String dayTo,
            @RequestParam(required = false) String page, Model model, Locale locale) {
        AuditFilter filter = AuditFilter.of(user, kind, dayFrom, dayTo);
        Page<AuditEvent> events = auditLog.search(filter,
                paging.pageable(page, "50", null, Map.of(), Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"))));
        model.addAttribute("events", events);
        model.addAttribute("rows", auditDetails.describe(events.getContent(), locale));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", AuditLog.KINDS);
        return "accounts/audit";
    }

    @GetMapping("/{id}")
    String showUser(@PathVariable Long id, Model model) {
        return userPage(id, model);
    }

    private String userPage(Long id, Model model) {
        UserAccount account = users.get(id);
        model.addAttribute("user", account);
        // administrators see every town and village, so the scoped lookups find them
        model.addAttribute("townName", account.getTownId() == null ? null : towns.get(account.getTownId()).getName());
        model.addAttribute("villageName", account.getVillageId() == null ? null : villages.get(account.getVillageId()).getName());
        model.addAttribute("history", users.historyOf(id));
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordResetForm());
        }
        return "accounts/user-detail";
    }

    /** A password that breaks a rule comes back as the field's error on the user's page, never as a 500. */
    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable Long id, @ModelAttribute("passwordForm") PasswordResetForm form, BindingResult result,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        PortalUser admin = Scope.currentUser();
        return submissions.of(result, () -> userPage(id, model))
                .run(() -> users.resetPassword(id, form.getNewPassword(), admin == null ? null : admin.getUsername(),
                        request.getRequestedSessionId(), request.getRemoteAddr()), "/admin/users/" + id, "user.passwordReset",
                        redirect);
    }
}
