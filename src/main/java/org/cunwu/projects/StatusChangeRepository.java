package org.cunwu.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findByProjectIdOrderByCreatedAtDescIdDesc(Long projectId);
}
