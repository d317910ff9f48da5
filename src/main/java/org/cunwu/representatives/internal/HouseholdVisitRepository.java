package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface HouseholdVisitRepository extends JpaRepository<HouseholdVisit, Long>, JpaSpecificationExecutor<HouseholdVisit> {

    @Override
    @EntityGraph(attributePaths = {"village", "representative", "household"})
    Page<HouseholdVisit> findAll(Specification<HouseholdVisit> spec, Pageable pageable);

    @Query("""
            select v from HouseholdVisit v join fetch v.village vi join fetch vi.town join fetch v.representative join fetch v.household
            where v.id = :id""")
    Optional<HouseholdVisit> findWithAllById(Long id);

    Optional<HouseholdVisit> findByClientToken(String clientToken);

    @Query("select v from HouseholdVisit v join fetch v.household where v.representative.id = :representativeId order by v.visitedOn desc, v.id desc")
    List<HouseholdVisit> findByRepresentative(Long representativeId);

    @Query("""
            select v from HouseholdVisit v join fetch v.representative join fetch v.household where v.village.id = :villageId
            order by v.visitedOn desc, v.id desc""")
    List<HouseholdVisit> findLatestOfVillage(Long villageId, Pageable pageable);

    @Query("select v.household.id from HouseholdVisit v where v.representative.id = :representativeId and v.visitedOn between :from and :to")
    List<Long> visitedHouseholds(Long representativeId, LocalDate from, LocalDate to);
}
