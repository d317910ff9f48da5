package org.cunwu.ledgers.internal;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One ledger (/ledgers/{id}): figures as submitted beside today's, narrative, log and history; the village's and town's steps. */
@Controller
class LedgerController {

    private final LedgerService ledgers;
    private final HistoryService history;
    private final FormSubmission submissions;

    LedgerController(LedgerService ledgers, HistoryService history, FormSubmission submissions) {
        this.ledgers = ledgers;
        this.history = history;
        this.submissions = submissions;
    }

    @InitBinder
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/ledgers/{id}")
    String show(@PathVariable Long id, Model model) {
        Ledger ledger = ledgers.ledger(id);
        return detail(ledger, model, LedgerForm.of(ledger), LedgerReviewForm.of(ledger));
    }

    @PostMapping("/ledgers/{id}/draft")
    String saveDraft(@PathVariable Long id, @Valid @ModelAttribute("form") LedgerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Ledger ledger = ledgers.ledger(id);
        return submissions.of(result, () -> detail(ledger, model, form, LedgerReviewForm.of(ledger)))
                .allowedIf(ledgers.canSubmit(ledger))
                .save(() -> ledgers.saveDraft(id, form), l -> "/ledgers/" + id, "ledger.draftSaved", redirect);
    }

    @PostMapping("/ledgers/{id}/submit")
    String submit(@PathVariable Long id, @Valid @ModelAttribute("form") LedgerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Ledger ledger = ledgers.ledger(id);
        return submissions.of(result, () -> detail(ledger, model, form, LedgerReviewForm.of(ledger)))
                .allowedIf(ledgers.canSubmit(ledger) || ledgers.submittedWith(id, form.getToken()))
                .firstRecord(() -> Optional.of("/ledgers/" + id))
                .save(() -> ledgers.submit(id, form), l -> "/ledgers/" + id, "ledger.submitted", redirect);
    }

    @PostMapping("/ledgers/{id}/review")
    String review(@PathVariable Long id, @Valid @ModelAttribute("reviewForm") LedgerReviewForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Ledger ledger = ledgers.ledger(id);
        return submissions.of(result, () -> detail(ledger, model, LedgerForm.of(ledger), form))
                .allowedIf(ledgers.canReview(ledger))
                .save(() -> ledgers.review(id, form.getVersion(), form.getText()), l -> "/ledgers/" + id, "ledger.reviewed", redirect);
    }

    @PostMapping("/ledgers/{id}/return")
    String giveBack(@PathVariable Long id, @Valid @ModelAttribute("reviewForm") LedgerReviewForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Ledger ledger = ledgers.ledger(id);
        return submissions.of(result, () -> detail(ledger, model, LedgerForm.of(ledger), form))
                .allowedIf(ledgers.canReview(ledger))
                .save(() -> ledgers.giveBack(id, form.getVersion(), form.getText()), l -> "/ledgers/" + id, "ledger.returned", redirect);
    }

    private String detail(Ledger ledger, Model model, LedgerForm form, LedgerReviewForm reviewForm) {
        List<LedgerService.Submission> sent = ledgers.submissions(ledger);
        LedgerService.Submission latest = sent.isEmpty() ? null : sent.get(0);
        var due = ledgers.dueOn(ledger.getYear(), ledger.getQuarter());
        model.addAttribute("ledger", ledger);
        model.addAttribute("due", due);
        model.addAttribute("late", ledgers.late(ledger, due));
        model.addAttribute("latest", latest);
        model.addAttribute("submissions", sent);
        model.addAttribute("figures", ledgers.figures(ledger, latest));
        model.addAttribute("steps", ledgers.steps(ledger));
        model.addAttribute("history", history.historyOf(Ledger.class, ledger.getId()));
        model.addAttribute("canSubmit", ledgers.canSubmit(ledger));
        model.addAttribute("canReview", ledgers.canReview(ledger));
        model.addAttribute("form", form);
        model.addAttribute("reviewForm", reviewForm);
        return "ledgers/detail";
    }
}
