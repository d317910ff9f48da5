package org.cunwu.representatives.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitmentEventRepository extends JpaRepository<CommitmentEvent, Long> {

    @Query("select e from CommitmentEvent e where e.commitment.id = :commitmentId order by e.createdAt desc, e.id desc")
    List<CommitmentEvent> findByCommitment(Long commitmentId);
}
