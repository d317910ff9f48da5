package org.cunwu.projects;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectCategoryRepository extends JpaRepository<ProjectCategory, Long> {

    List<ProjectCategory> findAllByOrderBySortOrder();

    Optional<ProjectCategory> findByCode(String code);
}
