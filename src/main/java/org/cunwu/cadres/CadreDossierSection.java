package org.cunwu.cadres;

import java.util.List;
import java.util.Map;

import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.stereotype.Component;

/** The village dossier's cadres: the current ones, and the history of posts. */
@Component
class CadreDossierSection implements DossierSection {

    private final CadreService cadres;

    CadreDossierSection(CadreService cadres) {
        this.cadres = cadres;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "cadres/dossier";
    }

    @Override
    public String fragment() {
        return "cadresOfVillage";
    }

    @Override
    public Map<String, Object> data(Village village) {
        List<PostHeld> posts = cadres.postsIn(village);
        return Map.of("current", posts.stream().filter(PostHeld::isCurrent).toList(),
                "former", posts.stream().filter(p -> !p.isCurrent()).toList(), "villageId", village.getId());
    }
}
