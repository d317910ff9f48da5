package org.cunwu.campaigns;

import java.util.Map;

import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.stereotype.Component;

/** The village dossier links the campaigns covering the village (a village under rectification to its campaign). */
@Component
class CampaignDossierSection implements DossierSection {

    private final CampaignService campaigns;

    CampaignDossierSection(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "campaigns/dossier";
    }

    @Override
    public String fragment() {
        return "campaignsOfVillage";
    }

    @Override
    public Map<String, Object> data(Village village) {
        return Map.of("campaigns", campaigns.covering(village));
    }
}
