package org.cunwu.cadres.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PostHeldRepository extends JpaRepository<PostHeld, Long>, JpaSpecificationExecutor<PostHeld> {

    @Override
    @EntityGraph(attributePaths = {"person", "village", "village.town", "postType"})
    Page<PostHeld> findAll(Specification<PostHeld> spec, Pageable pageable);

    @Query("""
            select h from PostHeld h join fetch h.village v join fetch v.town join fetch h.postType join fetch h.person
            where h.person.id = :personId order by h.fromDate desc, h.id desc
            """)
    List<PostHeld> findByPerson(Long personId);

    @Query("""
            select h from PostHeld h join fetch h.person join fetch h.postType
            where h.village.id = :villageId order by case when h.toDate is null then 0 else 1 end, h.postType.sortOrder, h.fromDate desc
            """)
    List<PostHeld> findByVillage(Long villageId);

    @Query("""
            select h from PostHeld h join fetch h.person join fetch h.village v join fetch v.town join fetch h.postType
            where h.id = :id
            """)
    Optional<PostHeld> findWithAllById(Long id);

    @Query("select h from PostHeld h where h.village.id = :villageId and h.secretary = true and h.toDate is null")
    Optional<PostHeld> findCurrentSecretary(Long villageId);

    @Query("""
            select h from PostHeld h join fetch h.person join fetch h.village v join fetch v.town join fetch h.postType
            where h.endReason = :reason and h.toDate between :from and :to and v.id in :villageIds
            order by h.toDate, h.id
            """)
    List<PostHeld> findEndedIn(EndReason reason, Collection<Long> villageIds, LocalDate from, LocalDate to);
}
