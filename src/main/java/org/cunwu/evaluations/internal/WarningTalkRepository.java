package org.cunwu.evaluations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WarningTalkRepository extends JpaRepository<WarningTalk, Long> {

    Optional<WarningTalk> findByEvaluationIdAndRepresentativeId(Long evaluationId, Long representativeId);

    Optional<WarningTalk> findByClientToken(String clientToken);

    @Query("select t from WarningTalk t join fetch t.representative where t.evaluationId = :evaluationId")
    List<WarningTalk> findOfEvaluation(Long evaluationId);
}
