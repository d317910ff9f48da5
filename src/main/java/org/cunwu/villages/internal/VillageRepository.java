package org.cunwu.villages.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cunwu.villages.Village;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface VillageRepository extends JpaRepository<Village, Long>, JpaSpecificationExecutor<Village> {

    @Override
    @EntityGraph(attributePaths = {"town", "cluster"})
    Page<Village> findAll(Specification<Village> spec, Pageable pageable);

    @Query("select v from Village v join fetch v.town t left join fetch v.cluster left join fetch v.specialties where v.id = :id")
    Optional<Village> findWithTownById(Long id);

    boolean existsByCode(String code);

    @Query("select v from Village v join fetch v.town where v.code = :code")
    Optional<Village> findWithTownByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    Optional<Village> findByName(String name);

    @Query("select v from Village v join fetch v.town where v.cluster.id = :clusterId order by v.town.name, v.name")
    List<Village> findByClusterId(Long clusterId);

    @Query("select v from Village v join fetch v.town order by v.town.code, v.name")
    List<Village> findAllWithTown();

    @Query("select v from Village v join fetch v.town where v.id in :ids order by v.town.code, v.name")
    List<Village> findWithTownByIdIn(Collection<Long> ids);

    @Query("select v from Village v join fetch v.town where v.town.id = :townId order by v.name")
    List<Village> findByTownIdWithTown(Long townId);

    /** Ids in no order, to find whether there are more villages than a number (offset) without counting them all. */
    @Query("select v.id from Village v")
    List<Long> findSomeIds(Pageable pageable);

    long countByTownId(Long townId);
}
