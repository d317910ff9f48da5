package org.cunwu.ledgers;

import java.util.Map;

import org.cunwu.villages.DossierSection;
import org.cunwu.villages.Village;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** On a village's dossier: its latest quarterly ledgers and a link to all of them. */
@Component
class LedgerDossierSection implements DossierSection {

    private final LedgerService ledgers;

    LedgerDossierSection(LedgerService ledgers) {
        this.ledgers = ledgers;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public String template() {
        return "ledgers/dossier";
    }

    @Override
    public String fragment() {
        return "ledgerSection";
    }

    @Override
    public Map<String, Object> data(Village village) {
        var latest = ledgers.page(new LedgerService.Filter(null, null, null, village.getId(), null, null, null),
                PageRequest.of(0, 4, Sort.by(Sort.Order.desc("year"), Sort.Order.desc("quarter"))));
        return Map.of("ledgers", latest.getContent(), "villageId", village.getId());
    }
}
