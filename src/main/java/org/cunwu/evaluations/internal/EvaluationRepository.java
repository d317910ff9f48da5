package org.cunwu.evaluations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    List<Evaluation> findAllByOrderByYearDesc();

    Optional<Evaluation> findByYear(int year);

    Optional<Evaluation> findByClientToken(String clientToken);
}
