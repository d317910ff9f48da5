package org.cunwu.shared.dictionary;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The queries every dictionary answers; each module declares its own repository extending this one. */
@NoRepositoryBean
public interface DictionaryRepository<E extends DictionaryEntry> extends JpaRepository<E, Long> {

    List<E> findAllByOrderBySortOrder();

    Optional<E> findByCode(String code);
}
