package org.cunwu.evaluations.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationItemRepository extends JpaRepository<EvaluationItem, Long> {

    /** The village's items; the page orders them by their commitments' day. */
    @Query("select i from EvaluationItem i join fetch i.village join fetch i.town where i.evaluation.id = :evaluationId and i.village.id = :villageId")
    List<EvaluationItem> findOfVillage(Long evaluationId, Long villageId);
}
