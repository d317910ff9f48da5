package org.cunwu.cadres.internal;

import java.util.List;
import java.util.Map;

import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The village dossier's cadres: the current ones, and the history of posts. */
@Configuration
class CadreDossierSection {

    @Bean
    DossierSection cadresOfVillage(CadreService cadres) {
        return new DossierSection(10, "cadres/dossier", "cadresOfVillage", village -> {
            List<PostHeld> posts = cadres.postsIn(village);
            return Map.of("current", posts.stream().filter(PostHeld::isCurrent).toList(),
                    "former", posts.stream().filter(p -> !p.isCurrent()).toList(), "villageId", village.getId());
        });
    }
}
