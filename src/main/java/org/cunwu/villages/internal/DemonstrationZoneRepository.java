package org.cunwu.villages.internal;

import java.util.List;
import java.util.Optional;

import org.cunwu.villages.DemonstrationZone;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface DemonstrationZoneRepository extends JpaRepository<DemonstrationZone, Long>, JpaSpecificationExecutor<DemonstrationZone> {

    @Query("select z from DemonstrationZone z left join fetch z.villages v left join fetch v.town where z.id = :id")
    Optional<DemonstrationZone> findWithVillagesById(Long id);

    @Query("select z from DemonstrationZone z join z.villages v where v.id = :villageId order by z.name")
    List<DemonstrationZone> findByVillageId(Long villageId);

    Optional<DemonstrationZone> findByName(String name);

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);
}
