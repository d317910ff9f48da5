package org.cunwu.talent.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PartnerProjectRepository extends JpaRepository<PartnerProject, Long>, JpaSpecificationExecutor<PartnerProject> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    Page<PartnerProject> findAll(Specification<PartnerProject> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    List<PartnerProject> findAll(Specification<PartnerProject> spec, Sort sort);

    @Query("select p from PartnerProject p join fetch p.village v join fetch v.town where p.id = :id")
    Optional<PartnerProject> findWithVillageById(Long id);

}
