package org.cunwu.villages;

import jakarta.validation.Valid;

import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordInUseException;
import org.cunwu.shared.history.HistoryService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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

/** /towns: towns and sub-districts with their village counts, a town's page, and the forms of district staff. */
@Controller
@RequestMapping("/towns")
class TownController {

    private static final String FORM = "villages/town-form";

    private final TownService towns;
    private final HistoryService history;

    TownController(TownService towns, HistoryService history) {
        this.towns = towns;
        this.history = history;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String listTowns(Model model) {
        model.addAttribute("towns", towns.list());
        model.addAttribute("villageCounts", towns.villageCounts());
        model.addAttribute("canManage", towns.canManage());
        return "villages/towns";
    }

    @GetMapping("/{id}")
    String showTown(@PathVariable Long id, Model model) {
        Town town = towns.get(id);
        model.addAttribute("town", town);
        model.addAttribute("villageCount", towns.villageCount(town));
        model.addAttribute("canManage", towns.canManage());
        model.addAttribute("history", history.historyOf(Town.class, id));
        return "villages/town-detail";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        requireManager();
        model.addAttribute("form", TownForm.empty(towns.districts()));
        return form(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("form") TownForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireManager();
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            Town created = towns.create(form.getName(), form.getKind(), form.getCode(), form.getDistrictId());
            redirect.addFlashAttribute("success", "town.created");
            return "redirect:/towns/" + created.getId();
        } catch (InvalidFieldException e) {
            result.rejectValue(e.field(), e.messageKey());
            return form(model);
        }
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable Long id, Model model) {
        Town town = towns.get(id);
        requireManager();
        model.addAttribute("town", town);
        model.addAttribute("form", TownForm.of(town));
        return form(model);
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") TownForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("town", towns.get(id));
        requireManager();
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            towns.update(id, form.getVersion(), form.getName(), form.getKind(), form.getCode(), form.getDistrictId());
        } catch (InvalidFieldException e) {
            result.rejectValue(e.field(), e.messageKey());
            return form(model);
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            result.reject("edit.conflict");
            model.addAttribute("conflict", true);
            return form(model);
        }
        redirect.addFlashAttribute("success", "town.saved");
        return "redirect:/towns/" + id;
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            towns.delete(id, version);
        } catch (RecordInUseException e) {
            redirect.addFlashAttribute("error", "town.delete.inUse");
            return "redirect:/towns/" + id;
        } catch (ConcurrentEditException e) {
            redirect.addFlashAttribute("error", "edit.conflict");
            return "redirect:/towns/" + id;
        }
        redirect.addFlashAttribute("success", "town.deleted");
        return "redirect:/towns";
    }

    private String form(Model model) {
        model.addAttribute("districts", towns.districts());
        model.addAttribute("kinds", TownKind.values());
        return FORM;
    }

    private void requireManager() {
        if (!towns.canManage()) {
            throw new AccessDeniedException("may not change towns");
        }
    }
}
