package org.cunwu.evaluations.internal;

import java.util.List;

import org.cunwu.representatives.Representative;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PanelMemberRepository extends JpaRepository<PanelMember, Long> {

    @Query("""
            select m from PanelMember m join fetch m.representative r
            where m.evaluationId = :evaluationId and m.villageId = :villageId order by r.name, r.id""")
    List<PanelMember> findOfVillage(Long evaluationId, Long villageId);

    /** The village's representatives, to choose a panel from. */
    @Query("select r from Representative r where r.village.id = :villageId order by r.name, r.id")
    List<Representative> representativesOf(Long villageId);
}
