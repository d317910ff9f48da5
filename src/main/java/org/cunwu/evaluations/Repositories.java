package org.cunwu.evaluations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cunwu.representatives.Representative;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    List<Evaluation> findAllByOrderByYearDesc();

    Optional<Evaluation> findByYear(int year);

    Optional<Evaluation> findByClientToken(String clientToken);
}

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

interface VoteRepository extends JpaRepository<Vote, Long> {

    List<Vote> findByClientTokenIn(Collection<String> tokens);

    Optional<Vote> findByClientToken(String token);

    @Query("select v from Vote v left join fetch v.panelMember where v.item.id in :itemIds order by v.rater, v.id")
    List<Vote> findOfItems(Collection<Long> itemIds);
}

interface PanelMemberRepository extends JpaRepository<PanelMember, Long> {

    @Query("""
            select m from PanelMember m join fetch m.representative r
            where m.evaluationId = :evaluationId and m.villageId = :villageId order by r.name, r.id""")
    List<PanelMember> findOfVillage(Long evaluationId, Long villageId);

    /** The village's representatives, to choose a panel from. */
    @Query("select r from Representative r where r.village.id = :villageId order by r.name, r.id")
    List<Representative> representativesOf(Long villageId);
}

interface WarningTalkRepository extends JpaRepository<WarningTalk, Long> {

    Optional<WarningTalk> findByEvaluationIdAndRepresentativeId(Long evaluationId, Long representativeId);

    Optional<WarningTalk> findByClientToken(String clientToken);

    @Query("select t from WarningTalk t join fetch t.representative where t.evaluationId = :evaluationId")
    List<WarningTalk> findOfEvaluation(Long evaluationId);
}
