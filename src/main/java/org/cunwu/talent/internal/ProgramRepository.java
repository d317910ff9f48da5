package org.cunwu.talent.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProgramRepository extends JpaRepository<Program, Long>, JpaSpecificationExecutor<Program> {

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);
}
