package org.cunwu.cadres;

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

/** /admin/dictionaries/posts: the posts cadres hold (ADMIN only, see SecurityConfig). The Party secretary is fixed. */
@Controller
@RequestMapping("/admin/dictionaries/posts")
class PostTypeController {

    private final PostTypeRepository postTypes;

    PostTypeController(PostTypeRepository postTypes) {
        this.postTypes = postTypes;
    }

    @GetMapping
    String showPostTypes(Model model) {
        model.addAttribute("form", new DictionaryEntryForm());
        return page(model);
    }

    @PostMapping
    @Transactional
    String addPostType(@Valid @ModelAttribute("form") DictionaryEntryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("code") && postTypes.findByCode(form.getCode()).isPresent()) {
            result.rejectValue("code", "dictionary.code.taken");
        }
        if (result.hasErrors()) {
            return page(model);
        }
        postTypes.save(new PostType(form.getCode(), form.getNameZh(), form.getNameEn(), form.getSortOrder()));
        redirect.addFlashAttribute("success", "dictionary.saved");
        return "redirect:/admin/dictionaries/posts";
    }

    @PostMapping("/{id}")
    @Transactional
    String renamePostType(@PathVariable Long id, @Valid @ModelAttribute("entry") DictionaryEntryForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasFieldErrors("nameZh") || result.hasFieldErrors("nameEn") || result.hasFieldErrors("sortOrder")) {
            redirect.addFlashAttribute("error", "dictionary.invalid");
        } else {
            postTypes.findById(id).ifPresent(t -> t.rename(form.getNameZh(), form.getNameEn(), form.getSortOrder()));
            redirect.addFlashAttribute("success", "dictionary.saved");
        }
        return "redirect:/admin/dictionaries/posts";
    }

    @PostMapping("/{id}/delete")
    String deletePostType(@PathVariable Long id, RedirectAttributes redirect) {
        PostType type = postTypes.findById(id).orElse(null);
        if (type == null || type.isSecretary()) {
            redirect.addFlashAttribute("error", "dictionary.inUse");
            return "redirect:/admin/dictionaries/posts";
        }
        try {
            postTypes.delete(type);
            postTypes.flush();
            redirect.addFlashAttribute("success", "dictionary.deleted");
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("error", "dictionary.inUse");
        }
        return "redirect:/admin/dictionaries/posts";
    }

    private String page(Model model) {
        model.addAttribute("entries", postTypes.findAllByOrderBySortOrder());
        model.addAttribute("titleKey", "dictionary.posts.title");
        model.addAttribute("baseUrl", "/admin/dictionaries/posts");
        return "admin/dictionary";
    }
}
