package org.cunwu.villages;

import java.util.Iterator;
import java.util.List;

/**
 * The villages a list's village filter offers ({@link VillageService#filterChoices}); {@code townFirst} where there were
 * too many to offer without a town chosen first, which the filter then says.
 */
public record VillageChoices(List<Village> villages, boolean townFirst) implements Iterable<Village> {

    @Override
    public Iterator<Village> iterator() {
        return villages.iterator();
    }
}
