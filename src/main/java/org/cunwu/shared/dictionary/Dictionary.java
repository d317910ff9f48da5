package org.cunwu.shared.dictionary;

/**
 * A dictionary registered for the administrator's page (a bean of this type in the module that owns the entries):
 * its address under /admin/dictionaries, the message key of its title, its entries, and how a new entry is made.
 */
public record Dictionary<E extends DictionaryEntry>(String key, String titleKey, DictionaryRepository<E> entries,
        NewEntry<E> newEntry) {

    /** Makes an entry from the fields of the form. */
    @FunctionalInterface
    public interface NewEntry<E> {

        E create(String code, String nameZh, String nameEn, int sortOrder);
    }

    public String url() {
        return "/admin/dictionaries/" + key;
    }
}
