package org.cunwu.ledgers.internal;

import java.util.Map;

import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On a village's dossier: its latest quarterly ledgers and a link to all of them. */
@Configuration
class LedgerDossierSection {

    @Bean
    DossierSection ledgerSection(LedgerService ledgers) {
        return new DossierSection(75, "ledgers/dossier", "ledgerSection", village -> {
            var latest = ledgers.page(new LedgerService.Filter(null, null, null, village.getId(), null, null, null),
                    PageRequest.of(0, 4, Sort.by(Sort.Order.desc("year"), Sort.Order.desc("quarter"))));
            return Map.of("ledgers", latest.getContent(), "villageId", village.getId());
        });
    }
}
