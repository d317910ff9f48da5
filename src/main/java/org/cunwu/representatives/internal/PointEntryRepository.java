package org.cunwu.representatives.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PointEntryRepository extends JpaRepository<PointEntry, Long> {

    @Query("select e from PointEntry e join fetch e.rule where e.representative.id = :representativeId order by e.entryDate desc, e.id desc")
    List<PointEntry> findByRepresentative(Long representativeId);

    boolean existsBySourceTypeAndSourceIdAndRuleId(String sourceType, Long sourceId, Long ruleId);

    @Modifying
    @Query("delete from PointEntry e where e.sourceType = :sourceType and e.sourceId = :sourceId")
    int deleteBySource(String sourceType, Long sourceId);

    /** Balances of a village's representatives, highest first: [representative id, name, points]. */
    @Query("""
            select r.id, r.name, coalesce(sum(e.points), 0) from Representative r left join PointEntry e on e.representative = r
            where r.village.id = :villageId group by r.id, r.name order by coalesce(sum(e.points), 0) desc, r.name
            """)
    List<Object[]> rankingOfVillage(Long villageId);

    /** Balances of a town's representatives, highest first: [representative id, name, village, points]. */
    @Query("""
            select r.id, r.name, r.village.name, coalesce(sum(e.points), 0) from Representative r left join PointEntry e on e.representative = r
            where r.village.town.id = :townId group by r.id, r.name, r.village.name order by coalesce(sum(e.points), 0) desc, r.name
            """)
    List<Object[]> rankingOfTown(Long townId);
}
