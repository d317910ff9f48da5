package org.cunwu.campaigns.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskEventRepository extends JpaRepository<TaskEvent, Long> {

    List<TaskEvent> findByTaskIdOrderByCreatedAtDescIdDesc(Long taskId);
}
