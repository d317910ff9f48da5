package org.cunwu.representatives.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ReceptionRepository extends JpaRepository<Reception, Long>, JpaSpecificationExecutor<Reception> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    Page<Reception> findAll(Specification<Reception> spec, Pageable pageable);

    @Query("select r from Reception r join fetch r.village v join fetch v.town where r.id = :id")
    Optional<Reception> findWithVillageById(Long id);

    Optional<Reception> findByClientToken(String clientToken);

    @Query("select r from Reception r where r.village.id = :villageId order by r.receivedOn desc, r.id desc")
    List<Reception> findLatestOfVillage(Long villageId, Pageable pageable);

}
