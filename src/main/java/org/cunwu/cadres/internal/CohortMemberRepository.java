package org.cunwu.cadres.internal;

import java.util.List;

import org.cunwu.shared.IdCount;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortMemberRepository extends JpaRepository<CohortMember, Long> {

    @Query("select m from CohortMember m join fetch m.person where m.cohort.id = :cohortId order by m.person.name")
    List<CohortMember> findByCohort(Long cohortId);

    @Query("select m from CohortMember m join fetch m.cohort where m.person.id = :personId order by m.cohort.name")
    List<CohortMember> findByPerson(Long personId);

    boolean existsByCohortIdAndPersonId(Long cohortId, Long personId);

    @Query("select new org.cunwu.shared.IdCount(m.cohort.id, count(m)) from CohortMember m group by m.cohort.id")
    List<IdCount> countPerCohort();
}
