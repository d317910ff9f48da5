package org.cunwu.evaluations.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationItemRepository extends JpaRepository<EvaluationItem, Long> {

    @Query("""
            select i from EvaluationItem i join fetch i.commitment c join fetch i.village v join fetch i.town left join fetch i.representative
            where i.evaluation.id = :evaluationId and i.village.id = :villageId order by c.pledgedOn, i.id""")
    List<EvaluationItem> findOfVillage(Long evaluationId, Long villageId);

    @Query("""
            select i from EvaluationItem i join fetch i.commitment join fetch i.village join fetch i.town left join fetch i.representative
            where i.id in :ids""")
    List<EvaluationItem> findAllWithCommitment(Collection<Long> ids);
}
