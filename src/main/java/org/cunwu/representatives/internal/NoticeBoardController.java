package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.cunwu.publicnotice.PublicNotices;
import org.cunwu.representatives.CommitmentService;
import org.cunwu.representatives.NoticeBoardSection;
import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** /villages/{id}/notice-board: the printable A4 sheet of a village's public commitments for its physical notice board. */
@Controller
class NoticeBoardController {

    private final CommitmentService commitments;
    private final VillageService villages;
    private final List<NoticeBoardSection> noticeBoardSections;
    private final PublicNotices publicNotices;

    NoticeBoardController(CommitmentService commitments, VillageService villages, List<NoticeBoardSection> noticeBoardSections,
            PublicNotices publicNotices) {
        this.commitments = commitments;
        this.villages = villages;
        this.noticeBoardSections = noticeBoardSections;
        this.publicNotices = publicNotices;
    }

    @GetMapping("/villages/{id}/notice-board")
    String showNoticeBoard(@PathVariable Long id, Model model) {
        Village village = villages.get(id);
        model.addAttribute("village", village);
        model.addAttribute("commitments", commitments.publicCommitmentsOf(village));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("sections", noticeBoardSections.stream().sorted(Comparator.comparingInt(NoticeBoardSection::order))
                .map(section -> new DossierSection.View(section.template(), section.fragment(), section.data(village)))
                .filter(view -> !view.data().isEmpty()).toList());
        // the QR code residents scan for the village's public page; none where public pages are off
        model.addAttribute("publicLink", publicNotices.linkOf(village).orElse(null));
        return "representatives/notice-board";
    }
}
