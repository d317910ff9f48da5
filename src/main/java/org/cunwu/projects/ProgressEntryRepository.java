package org.cunwu.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressEntryRepository extends JpaRepository<ProgressEntry, Long> {

    List<ProgressEntry> findByProjectIdOrderByEntryDateDescIdDesc(Long projectId);
}
