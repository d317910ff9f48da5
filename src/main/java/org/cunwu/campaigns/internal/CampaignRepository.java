package org.cunwu.campaigns.internal;

import java.util.List;
import java.util.Optional;

import org.cunwu.shared.IdCount;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findAllByOrderByYearDescNameAsc();

    /** How many villages each campaign covers, without loading them (a province's campaign may cover 70,000). */
    @Query("select new org.cunwu.shared.IdCount(c.id, count(v)) from Campaign c join c.villages v group by c.id")
    List<IdCount> villageCounts();

    @Query("select distinct c from Campaign c left join fetch c.villages v left join fetch v.town left join fetch c.measures where c.id = :id")
    Optional<Campaign> findWithVillagesById(Long id);

    @Query("select c from Campaign c join c.villages v where v.id = :villageId order by c.year desc, c.name")
    List<Campaign> findCovering(Long villageId);

    boolean existsByNameAndYear(String name, int year);

    boolean existsByNameAndYearAndIdNot(String name, int year, Long id);
}
