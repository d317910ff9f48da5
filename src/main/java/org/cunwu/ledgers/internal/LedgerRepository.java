package org.cunwu.ledgers.internal;

import java.util.Optional;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LedgerRepository extends JpaRepository<Ledger, Long>, JpaSpecificationExecutor<Ledger> {

    @EntityGraph(attributePaths = {"village", "village.town"})
    Optional<Ledger> findWithVillageById(Long id);

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    Page<Ledger> findAll(Specification<Ledger> spec, Pageable pageable);
}
