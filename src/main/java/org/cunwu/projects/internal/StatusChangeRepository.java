package org.cunwu.projects.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findByProjectIdOrderByCreatedAtDescIdDesc(Long projectId);
}
