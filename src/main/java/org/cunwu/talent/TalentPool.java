package org.cunwu.talent;

import org.cunwu.talent.internal.TalentService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules read of the talent pool, as read-only records within the signed-in user's scope. */
@NamedInterface("api")
@Service
public class TalentPool {

    private final TalentService talents;

    TalentPool(TalentService talents) {
        this.talents = talents;
    }

    /** The first talents the user may see whose name holds the text, by name; with their total. */
    @Transactional(readOnly = true)
    public Page<TalentSummary> search(String q, int size) {
        return talents.search(q, PageRequest.of(0, size, Sort.by("name", "id")))
                .map(t -> new TalentSummary(t.getId(), t.getName(), t.getVillage() == null ? null : t.getVillage().getName(),
                        t.getKind().messageKey()));
    }
}
