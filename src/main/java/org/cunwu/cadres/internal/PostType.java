package org.cunwu.cadres.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.cunwu.shared.dictionary.DictionaryEntry;

/** A post in the dictionary (党支部书记, 村委会主任 …); staff may add posts, the Party secretary is fixed by migration. */
@Entity
@Table(name = "post_type")
public class PostType extends DictionaryEntry {

    public static final String PARTY_SECRETARY = "PARTY_SECRETARY";
    public static final String DEPUTY_SECRETARY = "DEPUTY_SECRETARY";

    private boolean secretary;

    protected PostType() {
    }

    PostType(String code, String nameZh, String nameEn, int sortOrder) {
        super(code, nameZh, nameEn, sortOrder);
    }

    public boolean isSecretary() {
        return secretary;
    }

    /** The Party secretary post: post_held's unique index relies on it. */
    @Override
    public boolean isFixed() {
        return secretary;
    }
}
