package org.cunwu.campaigns;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskEventRepository extends JpaRepository<TaskEvent, Long> {

    List<TaskEvent> findByTaskIdOrderByCreatedAtDescIdDesc(Long taskId);
}
