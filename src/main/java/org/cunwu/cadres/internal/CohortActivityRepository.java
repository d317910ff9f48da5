package org.cunwu.cadres.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CohortActivityRepository extends JpaRepository<CohortActivity, Long> {

    List<CohortActivity> findByCohortIdOrderByHeldOnDesc(Long cohortId);
}
