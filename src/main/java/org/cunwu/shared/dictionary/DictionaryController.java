package org.cunwu.shared.dictionary;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;

import org.cunwu.shared.RecordNotFoundException;
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

/**
 * /admin/dictionaries: every registered {@link Dictionary} on one page each, where the administrator (ADMIN only, see
 * SecurityConfig) adds, renames, reorders and deletes entries; an entry in use or fixed is not deleted.
 */
@Controller
@RequestMapping("/admin/dictionaries")
class DictionaryController {

    private final List<Dictionary<?>> dictionaries;

    DictionaryController(List<Dictionary<?>> dictionaries) {
        this.dictionaries = dictionaries.stream().sorted(Comparator.comparing(Dictionary::key)).toList();
    }

    @GetMapping
    String showDictionaries(Model model) {
        model.addAttribute("dictionaries", dictionaries);
        return "admin/dictionaries";
    }

    @GetMapping("/{key}")
    String showEntries(@PathVariable String key, Model model) {
        model.addAttribute("form", new DictionaryEntryForm());
        return page(dictionary(key), model);
    }

    @PostMapping("/{key}")
    @Transactional
    String addEntry(@PathVariable String key, @Valid @ModelAttribute("form") DictionaryEntryForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Dictionary<?> dictionary = dictionary(key);
        if (!result.hasFieldErrors("code") && dictionary.entries().findByCode(form.getCode()).isPresent()) {
            result.rejectValue("code", "dictionary.code.taken");
        }
        if (result.hasErrors()) {
            return page(dictionary, model);
        }
        add(dictionary, form);
        redirect.addFlashAttribute("success", "dictionary.saved");
        return "redirect:" + dictionary.url();
    }

    private static <E extends DictionaryEntry> void add(Dictionary<E> dictionary, DictionaryEntryForm form) {
        dictionary.entries().save(dictionary.newEntry().create(form.getCode(), form.getNameZh(), form.getNameEn(), form.getSortOrder()));
    }

    @PostMapping("/{key}/{id}")
    @Transactional
    String renameEntry(@PathVariable String key, @PathVariable Long id, @Valid @ModelAttribute("entry") DictionaryEntryForm form,
            BindingResult result, RedirectAttributes redirect) {
        Dictionary<?> dictionary = dictionary(key);
        if (result.hasFieldErrors("nameZh") || result.hasFieldErrors("nameEn") || result.hasFieldErrors("sortOrder")) {
            redirect.addFlashAttribute("error", "dictionary.invalid");
        } else {
            dictionary.entries().findById(id).ifPresent(e -> e.rename(form.getNameZh(), form.getNameEn(), form.getSortOrder()));
            redirect.addFlashAttribute("success", "dictionary.saved");
        }
        return "redirect:" + dictionary.url();
    }

    @PostMapping("/{key}/{id}/delete")
    String deleteEntry(@PathVariable String key, @PathVariable Long id, RedirectAttributes redirect) {
        Dictionary<?> dictionary = dictionary(key);
        if (delete(dictionary, id)) {
            redirect.addFlashAttribute("success", "dictionary.deleted");
        } else {
            redirect.addFlashAttribute("error", "dictionary.inUse");
        }
        return "redirect:" + dictionary.url();
    }

    private static <E extends DictionaryEntry> boolean delete(Dictionary<E> dictionary, Long id) {
        E entry = dictionary.entries().findById(id).orElse(null);
        if (entry == null || entry.isFixed()) {
            return false;
        }
        try {
            dictionary.entries().delete(entry);
            dictionary.entries().flush();
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    private Dictionary<?> dictionary(String key) {
        return dictionaries.stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("dictionary", key));
    }

    private String page(Dictionary<?> dictionary, Model model) {
        model.addAttribute("entries", dictionary.entries().findAllByOrderBySortOrder());
        model.addAttribute("titleKey", dictionary.titleKey());
        model.addAttribute("baseUrl", dictionary.url());
        model.addAttribute("dictionaries", dictionaries);
        return "admin/dictionary";
    }
}
