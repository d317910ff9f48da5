package org.cunwu.cadres.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    @Query("select c from Cohort c left join fetch c.mentor order by c.name")
    List<Cohort> findAllWithMentor();

    @Query("select c from Cohort c left join fetch c.mentor where c.id = :id")
    Optional<Cohort> findWithMentorById(Long id);

    Optional<Cohort> findByName(String name);

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);
}
