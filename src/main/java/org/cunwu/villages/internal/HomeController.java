package org.cunwu.villages.internal;

import java.util.Comparator;
import java.util.List;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.Scope;
import org.cunwu.villages.DossierSection;
import org.cunwu.villages.HomeSection;
import org.cunwu.villages.VillageFilter;
import org.cunwu.villages.VillageKind;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the signed-in user's scope at a glance, each figure linking to the list it counts. */
@Controller
class HomeController {

    private final VillageService villages;
    private final List<HomeSection> sections;

    HomeController(VillageService villages, List<HomeSection> sections) {
        this.villages = villages;
        this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
    }

    @GetMapping("/")
    String showHome(Model model) {
        Scope scope = Scope.current();
        model.addAttribute("scope", scope);
        model.addAttribute("villageCount", count(VillageFilter.none()));
        model.addAttribute("communityCount", count(new VillageFilter(null, null, VillageKind.COMMUNITY, null, null, null, null)));
        model.addAttribute("rectificationCount", count(new VillageFilter(null, null, null, null, true, null, null)));
        model.addAttribute("demonstrationCount", count(new VillageFilter(null, null, null, null, null, true, null)));
        model.addAttribute("ownVillage", Access.fixedVillageId() == null ? null : villages.get(Access.fixedVillageId()));
        model.addAttribute("sections", sections.stream()
                .map(section -> new DossierSection.View(section.template(), section.fragment(), section.data()))
                .filter(view -> !view.data().isEmpty()).toList());
        return "home";
    }

    private long count(VillageFilter filter) {
        return villages.list(filter, PageRequest.of(0, 1)).getTotalElements();
    }
}
