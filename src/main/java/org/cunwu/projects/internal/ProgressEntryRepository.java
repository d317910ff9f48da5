package org.cunwu.projects.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressEntryRepository extends JpaRepository<ProgressEntry, Long> {

    List<ProgressEntry> findByProjectIdOrderByEntryDateDescIdDesc(Long projectId);
}
