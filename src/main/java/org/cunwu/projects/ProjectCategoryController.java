package org.cunwu.projects;

import jakarta.validation.Valid;

import org.cunwu.shared.web.DictionaryEntryForm;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/dictionaries/project-categories: the categories of industry projects (ADMIN only). */
@Controller
@RequestMapping("/admin/dictionaries/project-categories")
class ProjectCategoryController {

    private final ProjectCategoryRepository categories;

    ProjectCategoryController(ProjectCategoryRepository categories) {
        this.categories = categories;
    }

    @GetMapping
    String showCategories(Model model) {
        model.addAttribute("form", new DictionaryEntryForm());
        return page(model);
    }

    @PostMapping
    @Transactional
    String addCategory(@Valid @ModelAttribute("form") DictionaryEntryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("code") && categories.findByCode(form.getCode()).isPresent()) {
            result.rejectValue("code", "dictionary.code.taken");
        }
        if (result.hasErrors()) {
            return page(model);
        }
        categories.save(new ProjectCategory(form.getCode(), form.getNameZh(), form.getNameEn(), form.getSortOrder()));
        redirect.addFlashAttribute("success", "dictionary.saved");
        return "redirect:/admin/dictionaries/project-categories";
    }

    @PostMapping("/{id}")
    @Transactional
    String renameCategory(@PathVariable Long id, @Valid @ModelAttribute("entry") DictionaryEntryForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasFieldErrors("nameZh") || result.hasFieldErrors("nameEn") || result.hasFieldErrors("sortOrder")) {
            redirect.addFlashAttribute("error", "dictionary.invalid");
        } else {
            categories.findById(id).ifPresent(t -> t.rename(form.getNameZh(), form.getNameEn(), form.getSortOrder()));
            redirect.addFlashAttribute("success", "dictionary.saved");
        }
        return "redirect:/admin/dictionaries/project-categories";
    }

    @PostMapping("/{id}/delete")
    String deleteCategory(@PathVariable Long id, RedirectAttributes redirect) {
        ProjectCategory type = categories.findById(id).orElse(null);
        if (type == null) {
            redirect.addFlashAttribute("error", "dictionary.inUse");
            return "redirect:/admin/dictionaries/project-categories";
        }
        try {
            categories.delete(type);
            categories.flush();
            redirect.addFlashAttribute("success", "dictionary.deleted");
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("error", "dictionary.inUse");
        }
        return "redirect:/admin/dictionaries/project-categories";
    }

    private String page(Model model) {
        model.addAttribute("entries", categories.findAllByOrderBySortOrder());
        model.addAttribute("titleKey", "dictionary.projectCategories.title");
        model.addAttribute("baseUrl", "/admin/dictionaries/project-categories");
        return "admin/dictionary";
    }
}
