package org.cunwu.representatives.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProblemEventRepository extends JpaRepository<ProblemEvent, Long> {

    @Query("select e from ProblemEvent e where e.problem.id = :problemId order by e.createdAt desc, e.id desc")
    List<ProblemEvent> findByProblem(Long problemId);
}
