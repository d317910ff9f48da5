package org.cunwu.representatives;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RepresentativeRepository extends JpaRepository<Representative, Long>, JpaSpecificationExecutor<Representative> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    Page<Representative> findAll(Specification<Representative> spec, Pageable pageable);

    @Query("select r from Representative r join fetch r.village v join fetch v.town where r.id = :id")
    Optional<Representative> findWithVillageById(Long id);

    @Query("select r from Representative r where r.village.id = :villageId order by r.name")
    List<Representative> findByVillage(Long villageId);

    boolean existsByCertificateNo(String certificateNo);

    boolean existsByCertificateNoAndIdNot(String certificateNo, Long id);
}
