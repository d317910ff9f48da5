package org.cunwu.campaigns.internal;

import java.util.Map;

import org.cunwu.campaigns.CampaignService;
import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The village dossier links the campaigns covering the village (a village under rectification to its campaign). */
@Configuration
class CampaignDossierSection {

    @Bean
    DossierSection campaignsOfVillage(CampaignService campaigns) {
        return new DossierSection(30, "campaigns/dossier", "campaignsOfVillage", village -> Map.of("campaigns", campaigns.covering(village)));
    }
}
