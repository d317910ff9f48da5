package org.cunwu.cadres;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostTypeRepository extends JpaRepository<PostType, Long> {

    List<PostType> findAllByOrderBySortOrder();

    Optional<PostType> findByCode(String code);

    Optional<PostType> findByNameZh(String nameZh);
}
