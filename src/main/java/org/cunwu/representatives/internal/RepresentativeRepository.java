package org.cunwu.representatives.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cunwu.representatives.RepresentativeRef;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface RepresentativeRepository extends JpaRepository<Representative, Long>, JpaSpecificationExecutor<Representative> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    Page<Representative> findAll(Specification<Representative> spec, Pageable pageable);

    @Query("select r from Representative r join fetch r.village v join fetch v.town where r.id = :id")
    Optional<Representative> findWithVillageById(Long id);

    @Query("select r from Representative r where r.village.id = :villageId order by r.name")
    List<Representative> findByVillage(Long villageId);

    @Query("""
            select new org.cunwu.representatives.RepresentativeRef(r.id, r.name, v.id, v.name) from Representative r join r.village v
            where v.id = :villageId order by r.name, r.id""")
    List<RepresentativeRef> findRefsOfVillage(Long villageId);

    @Query("""
            select new org.cunwu.representatives.RepresentativeRef(r.id, r.name, v.id, v.name) from Representative r join r.village v
            where r.id in :ids order by r.name, r.id""")
    List<RepresentativeRef> findRefsByIdIn(Collection<Long> ids);

    boolean existsByCertificateNo(String certificateNo);

    boolean existsByCertificateNoAndIdNot(String certificateNo, Long id);
}
