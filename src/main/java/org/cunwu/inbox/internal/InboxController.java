package org.cunwu.inbox.internal;

import java.util.Map;

import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's inbox (/inbox): open items (or all), opening one marks it read and leads to its record. */
@Controller
class InboxController {

    private final InboxReader reader;
    private final Paging paging;

    InboxController(InboxReader reader, Paging paging) {
        this.reader = reader;
        this.paging = paging;
    }

    @GetMapping("/inbox")
    String list(@RequestParam(required = false) String show, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Model model) {
        String chosen = "all".equals(show) || "unread".equals(show) ? show : "open";
        model.addAttribute("items", reader.items("all".equals(chosen), "unread".equals(chosen),
                paging.pageable(page, size, null, Map.of(), Sort.unsorted())));
        model.addAttribute("show", chosen);
        return "inbox/list";
    }

    /** Opens an item: marks it read and follows its link (only to a page of the portal). */
    @GetMapping("/inbox/{id}")
    String open(@PathVariable String id) {
        String link = reader.open(id(id));
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : "/inbox");
    }

    @PostMapping("/inbox/{id}/read")
    String markRead(@PathVariable String id, RedirectAttributes redirect) {
        reader.markRead(id(id));
        redirect.addFlashAttribute("success", "inbox.marked");
        return "redirect:/inbox";
    }

    @PostMapping("/inbox/read")
    String markAllRead(RedirectAttributes redirect) {
        reader.markAllRead();
        redirect.addFlashAttribute("success", "inbox.markedAll");
        return "redirect:/inbox";
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException("inbox item", id);
        }
    }
}
