package org.cunwu.evaluations.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelMemberRepository extends JpaRepository<PanelMember, Long> {

    List<PanelMember> findByEvaluationIdAndVillageId(Long evaluationId, Long villageId);
}
