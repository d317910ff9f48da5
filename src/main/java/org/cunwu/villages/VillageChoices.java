package org.cunwu.villages;

import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The villages a village field or filter offers ({@link VillageService#filterChoices}, {@link VillageService#formChoices});
 * {@code hint} the message key of what the field then says where there were too many to offer them all (only the
 * chosen ones are written into the page, the others are found by typing), or null.
 */
public record VillageChoices<T>(List<T> villages, String hint) implements Iterable<T> {

    @Override
    public Iterator<T> iterator() {
        return villages.iterator();
    }

    /** Those of the villages that pass, e.g. the ones the user may edit, with the same hint. */
    public VillageChoices<T> filter(Predicate<? super T> keep) {
        return new VillageChoices<>(villages.stream().filter(keep).toList(), hint);
    }

    public boolean isEmpty() {
        return villages.isEmpty();
    }
}
