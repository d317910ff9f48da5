package org.cunwu.ledgers.internal;

import java.util.List;
import java.util.Map;

import org.cunwu.shared.access.Access;
import org.cunwu.villages.HomeSection;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** On a secretary's home page: their ledgers that were returned, and those late (not submitted after the due day). */
@Component
class LedgerHomeSection implements HomeSection {

    private final LedgerService ledgers;

    LedgerHomeSection(LedgerService ledgers) {
        this.ledgers = ledgers;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String template() {
        return "ledgers/home";
    }

    @Override
    public String fragment() {
        return "ledgersToDo";
    }

    @Override
    public Map<String, Object> data() {
        Long villageId = Access.fixedVillageId();
        if (villageId == null) {
            return Map.of();
        }
        var open = ledgers.page(new LedgerService.Filter(null, null, null, villageId, null, null, null),
                PageRequest.of(0, 40, Sort.by(Sort.Order.desc("year"), Sort.Order.desc("quarter"))));
        List<Map<String, Object>> rows = open.stream()
                .filter(l -> l.getState() == LedgerState.RETURNED
                        || (l.getState() == LedgerState.DRAFT && ledgers.late(l, ledgers.dueOn(l.getYear(), l.getQuarter()))))
                .map(l -> Map.<String, Object>of("ledger", l, "due", ledgers.dueOn(l.getYear(), l.getQuarter())))
                .toList();
        return rows.isEmpty() ? Map.of() : Map.of("rows", rows);
    }
}
