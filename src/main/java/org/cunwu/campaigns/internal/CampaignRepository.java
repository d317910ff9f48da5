package org.cunwu.campaigns.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @EntityGraph(attributePaths = "villages")
    List<Campaign> findAllByOrderByYearDescNameAsc();

    @Query("select distinct c from Campaign c left join fetch c.villages v left join fetch v.town left join fetch c.measures where c.id = :id")
    Optional<Campaign> findWithVillagesById(Long id);

    @Query("select c from Campaign c join c.villages v where v.id = :villageId order by c.year desc, c.name")
    List<Campaign> findCovering(Long villageId);

    boolean existsByNameAndYear(String name, int year);

    boolean existsByNameAndYearAndIdNot(String name, int year, Long id);
}
