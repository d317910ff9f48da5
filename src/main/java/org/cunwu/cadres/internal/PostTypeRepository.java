package org.cunwu.cadres.internal;

import java.util.Optional;

import org.cunwu.shared.dictionary.DictionaryRepository;

interface PostTypeRepository extends DictionaryRepository<PostType> {

    Optional<PostType> findByNameZh(String nameZh);
}
