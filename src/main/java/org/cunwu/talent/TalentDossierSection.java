package org.cunwu.talent;

import java.util.Map;

import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The village dossier's returned talents (回引人才): one query, whatever their number. */
@Component
class TalentDossierSection implements DossierSection {

    private final TalentRepository talents;

    TalentDossierSection(TalentRepository talents) {
        this.talents = talents;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "talent/dossier";
    }

    @Override
    public String fragment() {
        return "talentsOfVillage";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> data(Village village) {
        return Map.of("talents", talents.findReturnedToVillage(village.getId()), "villageId", village.getId());
    }
}
