package org.cunwu.search.internal;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /search?q=: the search box of every page; villages, people, projects and commitments holding the text. */
@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        String text = SearchService.clean(q);
        model.addAttribute("q", text);
        if (text != null) {
            var groups = search.search(text, LocaleContextHolder.getLocale());
            model.addAttribute("groups", groups);
            model.addAttribute("found", groups.stream().mapToLong(SearchService.Group::total).sum());
        }
        return "search/results";
    }
}
