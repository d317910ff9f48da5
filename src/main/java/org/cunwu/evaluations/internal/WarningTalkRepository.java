package org.cunwu.evaluations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WarningTalkRepository extends JpaRepository<WarningTalk, Long> {

    Optional<WarningTalk> findByEvaluationIdAndRepresentativeId(Long evaluationId, Long representativeId);

    Optional<WarningTalk> findByClientToken(String clientToken);

    List<WarningTalk> findByEvaluationId(Long evaluationId);
}
