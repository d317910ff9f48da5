package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cunwu.shared.IdCount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ProblemRepository extends JpaRepository<Problem, Long>, JpaSpecificationExecutor<Problem> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town", "category"})
    Page<Problem> findAll(Specification<Problem> spec, Pageable pageable);

    @Query("select p from Problem p join fetch p.village v join fetch v.town join fetch p.category left join fetch p.reception where p.id = :id")
    Optional<Problem> findWithVillageById(Long id);

    @Query("""
            select count(p) from Problem p where p.status = org.cunwu.representatives.internal.ProblemStatus.RESOLVED and p.petition = true
              and p.resolvedOn between :from and :to and p.village.id in :villageIds
            """)
    long countPetitionsResolvedIn(Collection<Long> villageIds, LocalDate from, LocalDate to);

    /** Per village: problems (or only petitions) resolved in the period, as the problem list shows them. */
    @Query("""
            select new org.cunwu.shared.IdCount(p.village.id, count(p)) from Problem p where p.status = org.cunwu.representatives.internal.ProblemStatus.RESOLVED
              and (p.petition = true or :petitionsOnly = false)
              and p.resolvedOn between :from and :to and p.village.id in :villageIds
            group by p.village.id
            """)
    List<IdCount> countResolvedPerVillage(Collection<Long> villageIds, LocalDate from, LocalDate to,
            boolean petitionsOnly);

    Optional<Problem> findByClientToken(String clientToken);

    @Query("select p from Problem p where p.village.id = :villageId order by p.reportedOn desc, p.id desc")
    List<Problem> findLatestOfVillage(Long villageId, Pageable pageable);
}
