package org.cunwu.shared.web;

import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The options a form field or list filter offers (villages, demonstration zones), with how the browser finds more:
 * {@code searchUrl} the type-to-search picker ({@code /pickers/...}, read by {@code select-search.js}) or null, and
 * {@code hint} the message key of what the field says where there were too many to write them all into the page (only
 * the chosen ones are, the others are found by typing), or null.
 */
public record Choices<T>(List<T> items, String hint, String searchUrl) implements Iterable<T> {

    @Override
    public Iterator<T> iterator() {
        return items.iterator();
    }

    /** Those of the items that pass, e.g. the villages the user may edit, with the same hint and picker. */
    public Choices<T> filter(Predicate<? super T> keep) {
        return new Choices<>(items.stream().filter(keep).toList(), hint, searchUrl);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
