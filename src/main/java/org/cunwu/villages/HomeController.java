package org.cunwu.villages;

import org.cunwu.shared.Scope;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the signed-in user's scope at a glance, each figure linking to the list it counts. */
@Controller
class HomeController {

    private final VillageService villages;

    HomeController(VillageService villages) {
        this.villages = villages;
    }

    @GetMapping("/")
    String showHome(Model model) {
        Scope scope = Scope.current();
        model.addAttribute("scope", scope);
        model.addAttribute("villageCount", count(VillageFilter.none()));
        model.addAttribute("communityCount", count(new VillageFilter(null, null, VillageKind.COMMUNITY, null, null, null, null)));
        model.addAttribute("rectificationCount", count(new VillageFilter(null, null, null, null, true, null, null)));
        model.addAttribute("demonstrationCount", count(new VillageFilter(null, null, null, null, null, true, null)));
        model.addAttribute("ownVillage", scope.level() == Scope.Level.VILLAGE ? villages.get(scope.villageId()) : null);
        return "home";
    }

    private long count(VillageFilter filter) {
        return villages.list(filter, PageRequest.of(0, 1)).getTotalElements();
    }
}
