package org.cunwu.talent.internal;

import java.util.Map;

import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The village dossier's returned talents (回引人才): one query, whatever their number. */
@Configuration
class TalentDossierSection {

    @Bean
    DossierSection talentsOfVillage(TalentRepository talents) {
        return new DossierSection(40, "talent/dossier", "talentsOfVillage",
                village -> Map.of("talents", talents.findReturnedToVillage(village.getId()), "villageId", village.getId()));
    }
}
