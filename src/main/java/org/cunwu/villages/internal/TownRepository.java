package org.cunwu.villages.internal;

import java.util.List;
import java.util.Optional;

import org.cunwu.villages.Town;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TownRepository extends JpaRepository<Town, Long> {

    @Query("select t from Town t join fetch t.district order by t.code")
    List<Town> findAllWithDistrict();

    /** Changes when a town is added, removed or changed (its version), for keeping the town filter's options. */
    @Query("select concat(count(t), ':', coalesce(max(t.id), 0), ':', coalesce(sum(t.version), 0)) from Town t")
    String stamp();

    @Query("select t from Town t join fetch t.district where t.id = :id")
    Optional<Town> findWithDistrictById(Long id);

    Optional<Town> findByName(String name);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    /** Rows of (town id, number of villages) for every town that has villages. */
    @Query("select v.town.id, count(v) from Village v group by v.town.id")
    List<Object[]> countVillagesPerTown();
}
